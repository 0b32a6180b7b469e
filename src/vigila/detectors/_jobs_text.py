"""Words of the job-offer assessor's explanations, in the five languages Vigila speaks."""

from __future__ import annotations

VERDICTS: dict[str, tuple[str, str, str]] = {
    # (likely fraudulent, warning signs, no strong signs)
    "en": ("Likely fraudulent or risky job offer", "Some warning signs", "No strong signs of fraud"),
    "es": (
        "Oferta de empleo probablemente fraudulenta o de riesgo",
        "Hay señales de alerta",
        "No hay señales claras de fraude",
    ),
    "pt": (
        "Oferta de emprego provavelmente fraudulenta ou de risco",
        "Há sinais de alerta",
        "Sem sinais claros de fraude",
    ),
    "fr": (
        "Offre d'emploi probablement frauduleuse ou à risque",
        "Quelques signaux d'alerte",
        "Pas de signe net de fraude",
    ),
    "ro": (
        "Ofertă de muncă probabil frauduloasă sau riscantă",
        "Există semnale de alarmă",
        "Nu sunt semne clare de fraudă",
    ),
}

PROBABILITY: dict[str, str] = {
    "en": "fraud probability {p}%",
    "es": "probabilidad de fraude {p}%",
    "pt": "probabilidade de fraude {p}%",
    "fr": "probabilité de fraude {p} %",
    "ro": "probabilitate de fraudă {p}%",
}

RED_FLAGS: dict[str, str] = {
    "en": "Red flags",
    "es": "Señales de alerta",
    "pt": "Sinais de alerta",
    "fr": "Signaux d'alerte",
    "ro": "Semnale de alarmă",
}

ADVICE: dict[str, str] = {
    "en": "Never pay to get a job, never hand over your passport, and check the employer before you travel.",
    "es": "Nunca pagues por un empleo, no entregues tu pasaporte y comprueba la empresa antes de viajar.",
    "pt": "Nunca pague para conseguir um emprego, não entregue o passaporte e confirme a empresa antes "
    "de viajar.",
    "fr": "Ne payez jamais pour un emploi, ne remettez pas votre passeport et vérifiez l'employeur "
    "avant de partir.",
    "ro": "Nu plătiți niciodată pentru un loc de muncă, nu predați pașaportul și verificați "
    "angajatorul înainte de plecare.",
}

TACTIC_NAMES: dict[str, dict[str, str]] = {
    "job_young_women_only": {
        "en": "young women only",
        "es": "solo mujeres jóvenes",
        "pt": "só mulheres jovens",
        "fr": "uniquement des jeunes femmes",
        "ro": "doar femei tinere",
    },
    "job_no_experience_high_pay": {
        "en": "no experience or language needed",
        "es": "sin experiencia ni idiomas",
        "pt": "sem experiência nem idiomas",
        "fr": "sans expérience ni langue",
        "ro": "fără experiență sau limbă",
    },
    "job_fee_to_apply": {
        "en": "fee to apply",
        "es": "hay que pagar para acceder",
        "pt": "taxa para se candidatar",
        "fr": "frais à payer pour postuler",
        "ro": "taxă pentru angajare",
    },
    "job_messenger_only_contact": {
        "en": "contact only by messenger",
        "es": "contacto solo por mensajería",
        "pt": "contacto só por mensagens",
        "fr": "contact uniquement par messagerie",
        "ro": "contact doar prin mesagerie",
    },
    "job_looks_required": {
        "en": "looks or photos required",
        "es": "se pide físico o fotos",
        "pt": "pede aparência ou fotos",
        "fr": "physique ou photos exigés",
        "ro": "se cer aspect fizic sau poze",
    },
    "job_vague_employer": {
        "en": "vague employer",
        "es": "empresa sin identificar",
        "pt": "empresa vaga",
        "fr": "employeur flou",
        "ro": "angajator neclar",
    },
    "job_hostess_dancer_roles": {
        "en": "hostess, dancer, model or massage role",
        "es": "puesto de azafata, bailarina, modelo o masaje",
        "pt": "vaga de recepcionista, dançarina, modelo ou massagem",
        "fr": "poste d'hôtesse, danseuse, modèle ou massage",
        "ro": "post de hostess, dansatoare, model sau masaj",
    },
    "job_work_abroad": {
        "en": "work abroad",
        "es": "trabajo en el extranjero",
        "pt": "trabalho no exterior",
        "fr": "travail à l'étranger",
        "ro": "muncă în străinătate",
    },
    "job_accommodation_provided": {
        "en": "travel or housing arranged by the recruiter",
        "es": "viaje o alojamiento a cargo del reclutador",
        "pt": "viagem ou alojamento pagos pelo recrutador",
        "fr": "voyage ou logement organisés par le recruteur",
        "ro": "drum sau cazare asigurate de recrutor",
    },
    "job_wage_deduction_debt": {
        "en": "costs taken back from wages (debt)",
        "es": "gastos que se descuentan del sueldo (deuda)",
        "pt": "custos descontados do salário (dívida)",
        "fr": "frais retenus sur le salaire (dette)",
        "ro": "costuri reținute din salariu (datorie)",
    },
    "job_narrow_age_band": {
        "en": "narrow young age band",
        "es": "franja de edad joven y estrecha",
        "pt": "faixa etária jovem e estreita",
        "fr": "tranche d'âge jeune et étroite",
        "ro": "interval de vârstă tânăr și îngust",
    },
    "job_cash_high_pay": {
        "en": "very high pay in cash",
        "es": "sueldo muy alto en efectivo",
        "pt": "pagamento muito alto em dinheiro",
        "fr": "salaire très élevé en espèces",
        "ro": "plată foarte mare cash",
    },
    "job_money_transfer": {
        "en": "money passed through your own account",
        "es": "dinero que pasa por tu propia cuenta",
        "pt": "dinheiro a passar pela sua conta",
        "fr": "argent qui transite par votre compte",
        "ro": "bani trecuți prin contul tău",
    },
    "job_recruit_others": {
        "en": "pay comes from recruiting others",
        "es": "ganas reclutando a otras personas",
        "pt": "ganhos vêm de recrutar outras pessoas",
        "fr": "revenus liés au recrutement d'autres personnes",
        "ro": "câștigi aducând alți oameni",
    },
    "job_click_task_pay": {
        "en": "paid for likes or reviews",
        "es": "pago por dar likes o reseñas",
        "pt": "pagamento por curtidas ou avaliações",
        "fr": "payé pour des likes ou des avis",
        "ro": "plată pentru like-uri sau recenzii",
    },
    "job_document_retention": {
        "en": "passport or documents kept by the employer",
        "es": "pasaporte o documentos retenidos",
        "pt": "passaporte ou documentos retidos",
        "fr": "passeport ou papiers confisqués",
        "ro": "pașaport sau acte reținute",
    },
    "job_secrecy": {
        "en": "asked to keep it secret",
        "es": "te piden que lo mantengas en secreto",
        "pt": "pedem segredo",
        "fr": "on te demande le secret",
        "ro": "ți se cere să păstrezi secretul",
    },
    "job_webcam_chat": {
        "en": "webcam or 'chat' work",
        "es": "trabajo de webcam o 'chat'",
        "pt": "trabalho de webcam ou 'chat'",
        "fr": "travail webcam ou 'tchat'",
        "ro": "videochat sau 'chat' de acasă",
    },
}


def tactic_name(tactic: str, lang: str) -> str:
    """The tactic's short name in `lang` (English, then its id, when unknown)."""
    names = TACTIC_NAMES.get(tactic, {})
    return names.get(lang) or names.get("en") or tactic.replace("_", " ")
