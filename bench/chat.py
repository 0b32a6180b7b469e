"""Conversation monitor benchmark: messages/s through `observe` on one core, model load time, state size.

Run: .venv/bin/python bench/chat.py [--conversations 400]
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from vigila.detectors.conversation import ConversationMonitor
from vigila.indicators import load_taxonomy
from vigila.models.chat_model import ARTEFACT_DIR, ChatModel
from vigila.models.chatgen import generate


def main() -> None:
    """Print the figures recorded in docs/benchmarks.md."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--conversations", type=int, default=400)
    args = parser.parse_args()

    t0 = time.perf_counter()
    model = ChatModel.load(ARTEFACT_DIR)
    load_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    taxonomy = load_taxonomy()
    tax_s = time.perf_counter() - t0

    convs = generate(args.conversations, "test", seed=7)
    messages = sum(len(c["messages"]) for c in convs)
    ConversationMonitor(model=model, taxonomy=taxonomy).observe("warm up the compiled cues")
    runs = []
    cpu = []
    states = []
    for _ in range(3):
        t0 = time.perf_counter()
        c0 = time.process_time()
        for conv in convs:
            mon = ConversationMonitor(model=model, taxonomy=taxonomy)
            for m in conv["messages"]:
                mon.observe(m)
            states.append(len(json.dumps(mon.state()).encode()))
        runs.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    best = min(runs)
    best_cpu = min(cpu)
    long_mon = ConversationMonitor(model=model, taxonomy=taxonomy)
    for conv in convs[:200]:
        for m in conv["messages"]:
            long_mon.observe(m)
    print(f"model load: {load_s * 1000:.0f} ms (+ taxonomy {tax_s * 1000:.0f} ms)")
    print(f"observe: {messages} messages in {best:.2f} s -> {messages / best:,.0f} messages/s (best of 3)")
    print(f"per message: {best / messages * 1e6:.0f} us wall, {best_cpu / messages * 1e6:.0f} us CPU "
          f"-> {messages / best_cpu:,.0f} messages/s per CPU-second (what one uncontended core would do)")
    print(f"state per conversation: median {statistics.median(states):.0f} B, max {max(states)} B")
    size = len(json.dumps(long_mon.state()).encode())
    print(f"state after {long_mon.n} messages of many risky chats: {size} B")


if __name__ == "__main__":
    main()
