"""The chat model's weights: a message scorer and a conversation scorer, stored as JSON + npz (no pickle)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from vigila.core.errors import VigilaError
from vigila.models.chat_features import HASH_BITS

ARTEFACT_DIR = Path(__file__).parent / "artefacts" / "chat"
CLASSES = ("benign", "recruitment", "grooming")
MAX_MESSAGE_MARGIN = 6.0  # one message cannot by itself carry unlimited evidence


@dataclass
class ChatModel:
    """Weights of both stages plus the alert policy; see `vigila.models.chat_train` for how they are fit."""

    tactic_ids: list[str]
    msg_hash: np.ndarray  # (2**bits, 3) weights of hashed n-grams
    msg_cue: np.ndarray  # (2 * tactics, 3) weights of (tactic, role) cues
    msg_bias: np.ndarray  # (3,)
    conv_coef: np.ndarray  # (features, 3)
    conv_bias: np.ndarray  # (3,)
    thresholds: dict[str, float] = field(default_factory=lambda: {"watch": 0.3, "warn": 0.5, "alert": 0.8})
    bits: int = HASH_BITS
    meta: dict[str, Any] = field(default_factory=dict)

    def message_margins(self, ngrams: np.ndarray, cue_cols: list[int]) -> tuple[float, float]:
        """Log-odds of recruitment and grooming against benign for one message."""
        logits = self.msg_bias.astype(np.float64).copy()
        if len(ngrams):
            logits += self.msg_hash[ngrams].sum(axis=0) / math.sqrt(len(ngrams))
        if cue_cols:
            logits += self.msg_cue[cue_cols].sum(axis=0)
        return float(logits[1] - logits[0]), float(logits[2] - logits[0])

    def conversation_probs(self, features: np.ndarray) -> np.ndarray:
        """Probabilities of benign, recruitment and grooming for a conversation-state feature vector."""
        z = features @ self.conv_coef + self.conv_bias
        z = np.exp(z - z.max())
        return np.asarray(z / z.sum())

    def save(self, folder: Path = ARTEFACT_DIR) -> None:
        """Write `weights.npz` (plain arrays) and `model.json` (everything else)."""
        folder.mkdir(parents=True, exist_ok=True)
        np.savez_compressed(
            folder / "weights.npz",
            msg_hash=self.msg_hash.astype(np.float32),
            msg_cue=self.msg_cue,
            msg_bias=self.msg_bias,
            conv_coef=self.conv_coef,
            conv_bias=self.conv_bias,
        )
        doc = {
            "tactic_ids": self.tactic_ids,
            "thresholds": self.thresholds,
            "bits": self.bits,
            "classes": list(CLASSES),
            "meta": self.meta,
        }
        (folder / "model.json").write_text(
            json.dumps(doc, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
        )

    @classmethod
    def load(cls, folder: Path = ARTEFACT_DIR) -> ChatModel:
        """Read a saved model; arrays are loaded without pickle."""
        try:
            doc = json.loads((folder / "model.json").read_text(encoding="utf-8"))
            with np.load(folder / "weights.npz", allow_pickle=False) as z:
                arrays = {k: z[k] for k in z.files}
        except (OSError, ValueError, KeyError) as exc:
            raise VigilaError(
                f"chat model missing or unreadable in {folder} ({exc}); run `vigila train chat`"
            ) from None
        return cls(
            tactic_ids=list(doc["tactic_ids"]),
            msg_hash=arrays["msg_hash"],
            msg_cue=arrays["msg_cue"],
            msg_bias=arrays["msg_bias"],
            conv_coef=arrays["conv_coef"],
            conv_bias=arrays["conv_bias"],
            thresholds={k: float(v) for k, v in doc["thresholds"].items()},
            bits=int(doc["bits"]),
            meta=dict(doc.get("meta", {})),
        )


@lru_cache(maxsize=1)
def default_model() -> ChatModel:
    """The bundled chat model (loaded once per process)."""
    return ChatModel.load(ARTEFACT_DIR)
