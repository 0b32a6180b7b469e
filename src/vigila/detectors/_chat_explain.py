"""Short explanations of a conversation assessment, in the conversation's language."""

from __future__ import annotations

from vigila.core.types import Level

_LEVEL = {
    "en": {
        "none": "No warning signs so far.",
        "watch": "Some things to keep an eye on",
        "warn": "Warning signs",
        "alert": "High risk: this looks like",
    },
    "es": {
        "none": "Por ahora no hay señales de alarma.",
        "watch": "Algunas cosas a vigilar",
        "warn": "Señales de alarma",
        "alert": "Riesgo alto: esto parece",
    },
    "pt": {
        "none": "Por enquanto não há sinais de alerta.",
        "watch": "Algumas coisas a observar",
        "warn": "Sinais de alerta",
        "alert": "Risco alto: isto parece",
    },
    "fr": {
        "none": "Aucun signal d'alerte pour l'instant.",
        "watch": "Quelques points à surveiller",
        "warn": "Signaux d'alerte",
        "alert": "Risque élevé : cela ressemble à",
    },
    "ro": {
        "none": "Deocamdată nu sunt semne de alarmă.",
        "watch": "Câteva lucruri de urmărit",
        "warn": "Semne de alarmă",
        "alert": "Risc mare: seamănă cu",
    },
}
_CATEGORY = {
    "en": {"recruitment": "recruitment for exploitation", "grooming": "grooming"},
    "es": {"recruitment": "una captación para explotación", "grooming": "un engaño a una menor (grooming)"},
    "pt": {"recruitment": "um aliciamento para exploração", "grooming": "aliciamento de menor (grooming)"},
    "fr": {
        "recruitment": "un recrutement pour de l'exploitation",
        "grooming": "de la manipulation d'une mineure (grooming)",
    },
    "ro": {"recruitment": "o recrutare pentru exploatare", "grooming": "manipularea unei minore (grooming)"},
}
# Tactic names per language; tactics not listed fall back to the taxonomy's English name.
_TACTIC = {
    "es": {
        "job_offer_lure": "oferta de trabajo de riesgo",
        "looks_required": "piden chicas jóvenes o guapas",
        "too_good_pay": "sueldo demasiado bueno",
        "no_contract_vague": "sin contrato ni empresa clara",
        "travel_paid": "viaje pagado por adelantado",
        "debt_bondage": "deuda que pagar",
        "document_retention": "te piden el pasaporte",
        "secrecy": "piden secreto",
        "isolation": "te alejan de los tuyos",
        "platform_switch": "cambiar de app o borrar",
        "loverboy_debt": "amor convertido en deuda",
        "webcam_modelling": "'modelo' webcam",
        "sugar_offer": "oferta sugar",
        "urgency": "prisa",
        "photo_request": "piden fotos",
        "age_probe": "preguntan la edad",
        "alone_check": "preguntan si estás sola",
        "gifts": "regalos",
        "meeting_request": "quieren quedar",
        "mature_for_age": "'madura para tu edad'",
        "flattery": "halagos excesivos",
        "control": "control y amenazas",
        "victim_documents_taken": "te quitaron los documentos",
        "victim_debt": "una deuda que te obligan a pagar",
        "victim_confinement": "no te dejan salir",
        "victim_coercion": "te obligan o amenazan",
    },
    "pt": {
        "job_offer_lure": "oferta de trabalho de risco",
        "looks_required": "pedem moças jovens ou bonitas",
        "too_good_pay": "salário bom demais",
        "no_contract_vague": "sem contrato nem empresa clara",
        "travel_paid": "viagem paga adiantada",
        "debt_bondage": "dívida a pagar",
        "document_retention": "pedem o passaporte",
        "secrecy": "pedem segredo",
        "isolation": "te afastam dos teus",
        "platform_switch": "mudar de app ou apagar",
        "loverboy_debt": "amor que vira dívida",
        "webcam_modelling": "'modelo' webcam",
        "sugar_offer": "oferta sugar",
        "urgency": "pressa",
        "photo_request": "pedem fotos",
        "age_probe": "perguntam a idade",
        "alone_check": "perguntam se estás sozinha",
        "gifts": "presentes",
        "meeting_request": "querem encontrar-te",
        "mature_for_age": "'madura para a tua idade'",
        "flattery": "elogios excessivos",
        "control": "controle e ameaças",
        "victim_documents_taken": "tiraram-te os documentos",
        "victim_debt": "uma dívida que te obrigam a pagar",
        "victim_confinement": "não te deixam sair",
        "victim_coercion": "obrigam-te ou ameaçam-te",
    },
    "fr": {
        "job_offer_lure": "offre d'emploi à risque",
        "looks_required": "on demande des filles jeunes ou jolies",
        "too_good_pay": "salaire trop beau",
        "no_contract_vague": "ni contrat ni entreprise claire",
        "travel_paid": "voyage payé d'avance",
        "debt_bondage": "dette à rembourser",
        "document_retention": "on te demande ton passeport",
        "secrecy": "on te demande le secret",
        "isolation": "on t'éloigne des tiens",
        "platform_switch": "changer d'appli ou effacer",
        "loverboy_debt": "amour devenu dette",
        "webcam_modelling": "'mannequin' webcam",
        "sugar_offer": "offre sugar",
        "urgency": "urgence",
        "photo_request": "demande de photos",
        "age_probe": "questions sur ton âge",
        "alone_check": "on vérifie si tu es seule",
        "gifts": "cadeaux",
        "meeting_request": "veut te rencontrer",
        "mature_for_age": "'mature pour ton âge'",
        "flattery": "flatterie excessive",
        "control": "contrôle et menaces",
        "victim_documents_taken": "on t'a pris tes papiers",
        "victim_debt": "une dette qu'on t'oblige à payer",
        "victim_confinement": "on ne te laisse pas sortir",
        "victim_coercion": "on te force ou menace",
    },
    "ro": {
        "job_offer_lure": "ofertă de muncă riscantă",
        "looks_required": "se cer fete tinere sau frumoase",
        "too_good_pay": "salariu prea bun",
        "no_contract_vague": "fără contract sau firmă clară",
        "travel_paid": "drum plătit în avans",
        "debt_bondage": "datorie de plătit",
        "document_retention": "ți se cere pașaportul",
        "secrecy": "ți se cere să păstrezi secretul",
        "isolation": "te îndepărtează de ai tăi",
        "platform_switch": "schimbare de aplicație sau ștergere",
        "loverboy_debt": "iubire transformată în datorie",
        "webcam_modelling": "'model' pe webcam",
        "sugar_offer": "ofertă sugar",
        "urgency": "grabă",
        "photo_request": "cereri de poze",
        "age_probe": "întrebări despre vârstă",
        "alone_check": "verifică dacă ești singură",
        "gifts": "cadouri",
        "meeting_request": "vrea să vă întâlniți",
        "mature_for_age": "'matură pentru vârsta ta'",
        "flattery": "complimente exagerate",
        "control": "control și amenințări",
        "victim_documents_taken": "ți-au luat actele",
        "victim_debt": "o datorie pe care ești obligată s-o plătești",
        "victim_confinement": "nu te lasă să pleci",
        "victim_coercion": "ești forțată sau amenințată",
    },
}


def explain(level: Level, category: str | None, tactics: list[tuple[str, str]], lang: str | None) -> str:
    """A sentence with the level, category and strongest tactics, in `lang` (default English)."""
    code = lang if lang in _LEVEL else "en"
    if level == Level.NONE or not tactics:
        return _LEVEL[code]["none"] if level == Level.NONE else _LEVEL[code][level.value] + "."
    names = ", ".join(_TACTIC.get(code, {}).get(tid, name) for tid, name in tactics[:4])
    if level == Level.ALERT and category:
        return f"{_LEVEL[code]['alert']} {_CATEGORY[code][category]} ({names})."
    return f"{_LEVEL[code][level.value]}: {names}."
