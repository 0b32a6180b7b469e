"""Throughput of `vigila.extract` on 600-character ads, one core.

    .venv/bin/python bench/extract.py [--ads 2000] [--seed 7]

Ads are built with a fixed seed from one or two contact phrases (five languages, obfuscated phones,
e-mails, handles, prices, places, a crypto address, hard negatives) padded with ad prose to 600
characters; `--dense` fills the whole ad with contact phrases (about 18 entities per ad).
Prints ads/s per CPU-second (`time.process_time`, so other jobs on a shared machine do not distort it;
the median of `--passes` passes) and per wall second, mean and p95 latency, the first-call warm-up
(gazetteer, language model) and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import time

_PHRASES = [
    "Chica nueva en Madrid, 21 años, muy cariñosa. Llámame al 6 1 2 - 3 4 5 - 6 7 8.",
    "Hola guapo, escríbeme por whatsapp al seis uno dos tres cuatro cinco seis siete ocho.",
    "New in London, 19yo, text me on 07911 123456 or snap: sweetkaty_99.",
    "Trabalho em Lisboa, salário 2.000 euros, chama no zap 912 345 678 ou vagas arroba gmail ponto com.",
    "Nouvelle à Paris, 22 ans, appelle zéro six douze trente-quatre cinquante-six soixante-dix-huit.",
    "Sună-mă la 0721 234 567, sunt în București, 20 de ani, 200 trandafiri.",
    "Pago 300 rosas la hora, visita www.modelos-vip.es/casting o t.me/agencia_bcn.",
    "Envía la reserva a 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa antes del 12/05/2025 a las 22:30.",
    "Oferta de trabajo en Dubái, viaje pagado, 3000€ al mes, contacto lola(arroba)hotmail(punto)es.",
    "Pedido nº 612 847 395 enviado. IBAN ES91 2100 0418 4502 0005 1332. Precio 1.250,00 €.",
    "Besos y abrazos para todos, nos vemos pronto, gracias por venir, hasta luego amigos.",
    "Instagram @lucia.modelo, onlyfans.com/lucia_secret, disponible de 10 a 22h en Valencia.",
    "WhatsApp 6️⃣1️⃣2️⃣ 3️⃣4️⃣5️⃣ 6️⃣7️⃣8️⃣, solo mensajes, sin números ocultos, discreción total.",
]


# Ad prose without identifiers, to pad "typical" ads around one or two contact phrases.
_PROSE = [
    "Ambiente discreto y agradable, trato de novia, sin prisas, muy cariñosa y educada.",
    "New girl in town, sweet and friendly, real photos, no rush, just good company and conversation.",
    "Ambiente calmo e acolhedor, atendimento com carinho, fotos reais, sem pressa nenhuma.",
    "Jeune femme douce et souriante, photos réelles, ambiance calme, pas de pression, discrétion.",
    "Fată nouă în oraș, foarte drăguță, poze reale, discreție totală, fără grabă.",
    "Disponible todos los días, llámame sin compromiso, atiendo solo a caballeros educados.",
]


def make_ads(n: int, seed: int, length: int = 600, dense: bool = False) -> list[str]:
    """`n` ads of `length` characters: one or two contact phrases in prose, or contacts only if `dense`."""
    rng = random.Random(seed)
    ads = []
    for _ in range(n):
        parts = [rng.choice(_PHRASES) for _ in range(rng.randint(1, 2))]
        while sum(len(p) + 1 for p in parts) < length:
            parts.append(rng.choice(_PHRASES if dense else _PROSE))
        rng.shuffle(parts)
        ads.append(" ".join(parts)[:length])
    return ads


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ads", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--dense", action="store_true", help="ads made only of contact phrases (worst case)")
    parser.add_argument("--passes", type=int, default=3, help="passes over the ads; figures are medians")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core

    import vigila

    ads = make_ads(args.ads, args.seed, dense=args.dense)
    t0 = time.perf_counter()
    vigila.extract("Nueva en Madrid, llama al 612 345 678")  # loads the gazetteer and the language model
    warmup = time.perf_counter() - t0
    cpu_rates, wall_rates = [], []
    latencies: list[float] = []
    entities = 0
    for _ in range(args.passes):
        latencies = []
        entities = 0
        cpu0, start = time.process_time(), time.perf_counter()
        for ad in ads:
            t = time.perf_counter()
            entities += len(vigila.extract(ad))
            latencies.append(time.perf_counter() - t)
        wall_rates.append(len(ads) / (time.perf_counter() - start))
        cpu_rates.append(len(ads) / (time.process_time() - cpu0))
    latencies.sort()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"ads: {len(ads)} x {len(ads[0])} chars, entities found: {entities}")
    cpu, wall = statistics.median(cpu_rates), statistics.median(wall_rates)
    print(f"throughput: {cpu:,.0f} ads per CPU-second (one core, median of {args.passes} passes)")
    print(f"wall throughput: {wall:,.0f} ads/s, load average {os.getloadavg()[0]:.1f}")
    p95 = latencies[int(0.95 * len(latencies))]
    print(f"latency: mean {statistics.mean(latencies) * 1e3:.2f} ms, p95 {p95 * 1e3:.2f} ms")
    print(f"first call (loads gazetteer and language model): {warmup:.2f} s")
    print(f"peak RSS: {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
