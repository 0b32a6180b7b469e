"""Anonymous reports, follow-up by receipt code, cases and triage.

Faces (web pages, the analyst side, the Telegram bot) call `vigila.reports.service`; nothing else
writes these tables. What is stored (models in `vigila.store.models`, migration 0002):

- `reports`: the report content as one age ciphertext to the organisation's public key, and in
  clear only what triage needs: risk, level, tactics, status, case, coarse place (country, city)
  and the day of submission (never a time). The receipt code is stored only as an HMAC.
  `thread_key_org` / `thread_key_code` seal a per-report key for the message thread, once to the
  organisation key and once under a key derived from the receipt code, so analysts and the
  reporter can both read the thread and the database alone can read neither.
- `report_entities`: HMACs of normalised phones, e-mails, handles, crypto addresses and URLs
  (`vigila.security.pseudonyms`); equal HMACs link reports into one case without revealing values.
- `attachments`: bytes and file name age-encrypted; images lose EXIF/GPS before encryption.
- `cases`: the workflow unit (status new → triaged → in_progress → referred → closed, assignee,
  `merged_into` after a merge). Report status mirrors its case's, so a split report keeps its state.
- `messages`: the analyst ↔ reporter thread (author 'analyst' or 'reporter', day only).
- `case_notes`: analysts' notes, age-encrypted.
- `users`: analysts, argon2id password hashes, optional TOTP secret (sealed with a server secret),
  and `key_wrap`: the organisation private key sealed under a key derived from the user's passphrase.
- `audit_log`: append-only, hash-chained (`vigila.security.audit`); every read, change, export
  and purge of a report or case is written here, with no content.
"""
