# ruff: noqa: E501  (chat messages are kept on one line each)
"""Build the hand-written conversation probe (issue 4): 90 short chats, es/en/pt/fr/ro, written by hand
before any tuning against them, in the `vigila eval chat` format. Lines start with "o:" (the other
party) or "u:" (the protected person). Risky chats give the index of the first message that justifies
a warning. Split 50/50 by position within each language (even -> dev, odd -> hold-out; 9 + 9 per language),
fixed before the monitor was run on them.

    .venv/bin/python data/chat/build_probe.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent

# (lang, category or None, first_risk or None, script)
CHATS: list[tuple[str, str | None, int | None, str]] = [
    # ---------------------------------------------------------------- es, risky
    ("es", "recruitment", 4, """o: hola guapa, vi tus fotos en insta
u: hola, quien eres?
o: trabajo en una agencia, buscamos chicas pa un bar en Milán, 2500 al mes mas propinas
u: y q hay q hacer?
o: atender clientes, nada mas. el billete te lo adelantamos y lo vas pagando con el sueldo
u: ok y el contrato?
o: eso lo vemos alla, no te preocupes"""),
    ("es", "recruitment", 2, """o: mi amor te echo de menos 😘
u: yo tb
o: oye estoy en un lio, debo pasta a unos tios chungos
u: q ha pasado??
o: si de verdad me quieres me ayudarias. un amigo tiene un piso donde puedes ganar mucho en poco tiempo
u: que piso?
o: no se lo cuentes a tus amigas, ellas no lo entenderian"""),
    ("es", "recruitment", 0, """o: hola! buscamos chicas para hacer directos desde casa, solo con webcam
u: directos de que?
o: chatear con hombres, sin quitarte nada si no quieres jaja. se gana 100 euros la hora
u: y como empiezo
o: mandame unas fotos tuyas en ropa interior para ver si vales"""),
    ("es", "grooming", 4, """o: eres buenisima en fortnite
u: jaja gracias
o: cuantos años tienes?
u: 12
o: pues pareces mayor, hablas como una chica de 16
u: jajaj
o: si quieres te regalo pavos para la skin, pero no se lo digas a tu madre vale?
o: agregame en snap q aqui no se puede hablar bien"""),
    ("es", "grooming", 2, """o: holaa q haces
u: nada, aburrida
o: estas sola en casa?
u: si mis padres trabajan
o: q bien jeje. tienes camara? enseñame como vas vestida"""),
    ("es", "recruitment", 2, """o: ya estas en el piso, bienvenida
u: gracias, cuando empiezo en el restaurante?
o: dame el pasaporte q lo guardo yo, aqui se pierden las cosas
u: prefiero tenerlo yo
o: aqui mando yo. y no salgas sola, la zona es peligrosa"""),
    ("es", "recruitment", 2, """u: tia no se que hacer
o: q pasa?
u: el jefe me quito el pasaporte y dice q le debo 3000 del viaje
o: que?? donde estas?
u: no me dejan salir de la casa"""),
    ("es", "recruitment", 0, """o: hola preciosa, busco una sugar baby para acompañarme en cenas
u: jaja q?
o: te doy 1000 al mes, solo quedar conmigo de vez en cuando, sin compromiso
u: uf no se
o: piensalo, pero tiene que ser rapido, y de esto ni una palabra a nadie"""),
    ("es", "recruitment", 0, """o: hey bb, te interesa un curro en dubai? modelo para eventos, 5k al mes
u: en serio? sin experiencia?
o: si, no hace falta nada, ni contrato ni entrevista, tu ven
u: y el vuelo?
o: lo pagamos nosotros, ya nos lo devuelves trabajando. decidete hoy q mañana sale el grupo"""),
    # ---------------------------------------------------------------- es, benign
    ("es", None, None, """o: Buenas tardes, soy Laura de RRHH de Mercadona
u: hola, buenas
o: Hemos visto tu candidatura para reponedora. ¿Puedes venir a una entrevista el jueves a las 11 en la tienda de Calle Alcalá 45?
u: si claro
o: Trae el DNI y el CV impreso. El contrato es indefinido, 1250 brutos"""),
    ("es", None, None, """o: hija ya te compre el billete para navidad
u: graciasss mama
o: no te olvides el DNI y avisame cuando llegues al aeropuerto
u: vale 😘
o: tu padre te recoge en la estacion"""),
    ("es", None, None, """o: amor me pasas 30 pa la compra? luego te lo devuelvo
u: hecho, te hice bizum
o: graciass, te quiero
u: y yo a ti. esta noche peli?"""),
    ("es", None, None, """o: oye el sabado es el cumple de marta, le hacemos una fiesta sorpresa
u: siii q guay
o: no le digas nada eh, es secreto
u: tranqui, soy una tumba
o: pasame el numero de su hermano por whatsapp"""),
    ("es", None, None, """o: donde estas? ya es tarde
u: en casa de lucia
o: a q hora vuelves? tu padre va a buscarte
u: a las 10
o: vale, manda ubicacion"""),
    ("es", None, None, """o: chicas mañana hay competicion a las 9, traed bañador y gorro
u: ok entrenador
o: los padres que quieran pueden mandar fotos de la carrera al grupo del club
u: vale!"""),
    ("es", None, None, """o: bro pasame pavos q no tengo para el pase
u: jaja no tengo
o: cuantos años tienes tu? yo 11
u: 12
o: mola, mañana jugamos al salir del cole"""),
    ("es", None, None, """o: Hola Ana, te confirmo la plaza de enfermera en el hospital de Múnich
u: genial! y el contrato?
o: te lo envío firmado por correo hoy, revísalo con calma. El alojamiento del primer mes lo paga el hospital
u: perfecto, gracias
o: Si tienes dudas llama a la oficina, el numero está en la web"""),
    ("es", None, None, """o: vamos a Portugal en agosto? yo pago la gasolina y tu el apartamento
u: vale me parece justo
o: no le digas a Pedro q se apunta siempre jaja
u: jajaja vale
o: compro los billetes del ferry esta noche"""),
    # ---------------------------------------------------------------- en, risky
    ("en", "recruitment", 2, """o: hi hun, saw ur profile, ur gorgeous
u: thx who is this
o: i run an agency, we need girls for hostess work in dubai, 4k a month tax free
u: wow really?
o: flights and visa paid, u just pay it back from ur wages. no need for contract, we sort it there"""),
    ("en", "recruitment", 2, """o: babe u know i love u more than anything
u: i love u too
o: things r bad, i owe money to some dangerous guys
u: omg how much
o: if u really loved me u'd help. my mate has a place where u could earn it back fast"""),
    ("en", "grooming", 4, """o: ur so good at roblox lol
u: ty
o: how old r u
u: 13
o: ur really mature for 13 tbh, way smarter than girls my age
u: lol
o: i can send u robux if u want, just dont tell ur parents ok"""),
    ("en", "grooming", 2, """o: hey whats up
u: nm just bored
o: r ur parents home?
u: no they're at work
o: cool, add me on snap, we can video chat. delete this chat after ok?"""),
    ("en", "recruitment", 0, """o: hey! want to make $$ from home? we're hiring webcam models, no experience needed
u: what do i have to do
o: just chat with guys on cam, $200 a night easy
u: idk
o: send me a few pics in a bikini so i can see if ur a fit"""),
    ("en", "recruitment", 0, """o: hi gorgeous, looking for a sugar baby, generous allowance
u: ?
o: $500 per meet, we just have dinner and see where it goes 😉
u: hmm
o: keep this between us ok? text me on telegram"""),
    ("en", "recruitment", 0, """o: welcome to the house. rules: u owe us 5000 for the flight and the room
u: that's not what you said
o: u work it off, every client pays us first. ur passport stays with me"""),
    ("en", "recruitment", 2, """u: hey can u talk
o: yeah whats up
u: i'm not ok. they took my passport when i got here
o: who??
u: the boss. he says i can't leave until i pay what i owe"""),
    ("en", "recruitment", 0, """o: hiring girls 18+ for massage spa in london, cash daily 💸
u: is it legit?
o: 100% legit hun, no visa needed, we pick u up at the airport
u: ok
o: decide by tonight, only 2 places left. msg me on whatsapp not here"""),
    # ---------------------------------------------------------------- en, benign
    ("en", None, None, """o: Hi Sarah, this is Tom from Tesco recruitment
u: hi Tom
o: Thanks for applying for the cashier role. Are you free for an interview Tuesday at 10 at our Leeds office?
u: yes that works
o: Great, please bring photo ID. You'll get the contract to review before your start date"""),
    ("en", None, None, """o: hey sweetie, dad bought your flight home for christmas ✈️
u: yay thank u!!
o: don't forget your passport this time lol
u: haha i won't
o: text me when u land"""),
    ("en", None, None, """o: can u send me 40 for the gas bill? ill pay u back friday
u: sure babe
o: ur the best ❤️
u: dinner tonight?"""),
    ("en", None, None, """o: shhh dont tell jess, we're planning a surprise party for her 30th
u: omg ok my lips are sealed 🤐
o: come over at 7, bring snacks
u: will do"""),
    ("en", None, None, """o: where are u? its late
u: at emmas
o: are you alone? is her mum home?
u: yes her mum is here
o: ok, i'll pick you up at 9"""),
    ("en", None, None, """o: reminder: swim meet saturday, kids need to be at the pool by 8
u: thanks coach
o: parents, please send photos from the meet to the club page if you have any
u: will do!"""),
    ("en", None, None, """o: yo u on fortnite?
u: ya
o: how old r u btw
u: 11
o: same lol. my mom says i can play til 8"""),
    ("en", None, None, """o: Hello Maria, we are the Smith family, we loved your interview on Zoom
u: thank you!
o: The agency will send you the signed au pair contract and the visa letter. We'll pay your flight as agreed
u: great, I'll read it with my parents
o: Of course, ask the agency anything, their office number is on the website"""),
    ("en", None, None, """o: lets move this to the whatsapp group, easier for planning
u: ok add me
o: done. beach on sunday? don't forget ur swimsuit
u: yesss"""),
    # ---------------------------------------------------------------- pt, risky
    ("pt", "grooming", 4, """o: oi, vc joga mt bem
u: vlw kkk
o: qts anos vc tem?
u: 12
o: nossa, vc parece bem mais madura pra idade
u: kkk
o: te mando uns diamantes no free fire se quiser
o: mas não conta pros seus pais, é nosso segredo. me chama no whats"""),
    ("pt", "recruitment", 2, """o: oi gata, tô precisando de meninas pra trabalhar de garçonete na Espanha
u: sério? quanto paga?
o: uns 3 mil euros por mês, sem experiência
u: e a passagem?
o: a gente paga e vc vai descontando do salário. não precisa de contrato"""),
    ("pt", "recruitment", 2, """o: amor, tenho saudades tuas
u: eu tb
o: estou metido numa alhada, devo dinheiro a uns tipos perigosos
u: o quê??
o: se me amas mesmo, ajudas-me. um amigo tem uma casa onde podes ganhar bom dinheiro"""),
    ("pt", "recruitment", 0, """o: oi linda, quer ganhar dinheiro em casa? é só fazer chamada de vídeo com uns caras
u: como assim?
o: trabalho de modelo webcam, ganha 200 por noite, tranquilo
u: hmm
o: manda umas fotos de biquíni pra eu ver"""),
    ("pt", "grooming", 2, """o: oiee td bem?
u: td e vc
o: tá sozinha em casa?
u: to sim, minha mãe ta no trabalho
o: liga a câmera rapidinho, quero te ver. apaga a conversa depois tá"""),
    ("pt", "recruitment", 0, """o: bem-vinda a Portugal. dá-me o teu passaporte, eu guardo
u: porquê?
o: é para tratar dos papéis. e a viagem custou 2000, vais pagar com o trabalho
u: mas disseram que era um restaurante
o: aqui fazes o que eu disser"""),
    ("pt", "recruitment", 2, """u: mana preciso de ajuda
o: oq aconteceu?
u: pegaram meu passaporte qdo cheguei aqui
o: quem??
u: o dono da casa. diz q eu devo a passagem e n posso sair"""),
    ("pt", "recruitment", 0, """o: oi princesa, procuro sugar baby, dou mesada de 2 mil
u: oi?
o: só sair comigo umas vezes por mês, sem compromisso 😉
u: n sei
o: pensa rápido, e isso fica entre nós"""),
    ("pt", "recruitment", 2, """o: oii vi teu insta, vc tem perfil de modelo
u: obg 😊
o: to fazendo um casting pra trabalho de modelo em dubai, 5 mil por mes
u: q legal
o: me manda fotos de lingerie pro casting e me chama no telegram"""),
    # ---------------------------------------------------------------- pt, benign
    ("pt", None, None, """o: Filha, a tia arranjou-te trabalho na loja dela no Porto
u: A sério? Que bom
o: Ela paga-te o comboio e ficas lá em casa
u: Levo o passaporte?
o: Leva o cartão de cidadão. O contrato assinas lá, ela já to mandou por email para leres"""),
    ("pt", None, None, """o: Bom dia, é a Joana dos Recursos Humanos do Pingo Doce
u: Bom dia
o: Recebemos a sua candidatura. Pode vir a uma entrevista na quinta às 14h na loja de Alvalade?
u: Sim, posso
o: Traga o cartão de cidadão. Contrato de 6 meses, 820 euros"""),
    ("pt", None, None, """o: amor me passa 50 no pix pra conta de luz? te devolvo sexta
u: mandei
o: brigadaa te amo ❤️
u: tb te amo. pizza hj?"""),
    ("pt", None, None, """o: sábado é niver da Bia, vamos fazer surpresa
u: aaah amei
o: não conta pra ela, é segredo!! 🤫
u: pode deixar
o: te mando os detalhes no whats"""),
    ("pt", None, None, """o: filha onde vc tá?
u: na casa da Julia
o: tá sozinha? a mãe dela tá aí?
u: tá sim
o: ok, teu pai te busca às 9"""),
    ("pt", None, None, """o: Pais, a competição de natação é sábado às 8h, tragam maiô e touca
u: ok professor
o: quem puder mande fotos das provas pro grupo do clube"""),
    ("pt", None, None, """o: mano me passa uns diamantes
u: n tenho kkk
o: qts anos vc tem
u: 11 e vc
o: 12. amanhã joga cmg dps da escola?"""),
    ("pt", None, None, """o: Olá Ana, confirmamos a vaga de enfermeira no hospital em Bruxelas
u: Que ótimo! E o contrato?
o: Enviamos o contrato assinado por email hoje, leia com calma. O primeiro mês de alojamento é pago pelo hospital
u: Perfeito, obrigada"""),
    ("pt", None, None, """o: manda foto do look de hj
u: kkk pera
o: ficou linda amiga! bora na praia amanhã, leva o biquíni"""),
    # ---------------------------------------------------------------- fr, risky
    ("fr", "recruitment", 2, """o: Bonjour, on recrute des hôtesses pour un bar à Genève
u: c'est payé combien ?
o: 2000 par semaine, logée nourrie
u: ok
o: Envoie-nous des photos en maillot pour le casting stp"""),
    ("fr", "recruitment", 2, """o: mon coeur tu me manques
u: toi aussi
o: j'ai des dettes avec des gars dangereux, je suis dans la merde
u: quoi ??
o: si tu m'aimes vraiment tu vas m'aider. un pote a un appart où tu peux gagner vite"""),
    ("fr", "grooming", 4, """o: t'es trop forte à fortnite mdr
u: merci
o: t'as quel âge ?
u: 13
o: tu fais bcp plus mature que les filles de ton âge
u: mdr
o: je peux t'acheter des vbucks, mais le dis pas à tes parents ok ?"""),
    ("fr", "grooming", 2, """o: slt ça va
u: oui et toi
o: t'es toute seule chez toi ?
u: oui mes parents rentrent tard
o: ajoute moi sur snap, on sera plus tranquilles. et efface nos messages"""),
    ("fr", "recruitment", 0, """o: salut ! tu veux gagner de l'argent depuis chez toi ? on cherche des modèles webcam
u: c'est quoi ?
o: tu discutes en vidéo avec des hommes, 150€ la soirée
u: je sais pas
o: envoie moi quelques photos en lingerie pour voir"""),
    ("fr", "recruitment", 0, """o: bienvenue. donne-moi ton passeport, je le garde
u: pourquoi ?
o: c'est plus sûr. tu nous dois 4000 pour le voyage et le logement, tu rembourses en travaillant"""),
    ("fr", "recruitment", 2, """u: j'ai besoin d'aide
o: qu'est ce qui se passe ?
u: ils m'ont pris mon passeport à l'arrivée
o: qui ça ??
u: le patron. il dit que je lui dois le billet et je peux pas sortir"""),
    ("fr", "recruitment", 0, """o: coucou ma belle, je cherche une sugar baby, 800€ par mois
u: ??
o: juste des dîners de temps en temps, rien de compliqué 😉
u: bof
o: réfléchis vite, et ça reste entre nous hein"""),
    ("fr", "recruitment", 0, """o: salut, ya du taf en espagne pour des filles, serveuse dans un club, 3000 par mois
u: serieux ? sans experience ?
o: oui pas besoin de contrat ni d'entretien, tu viens c'est tout
u: et le billet ?
o: on te l'avance, tu rembourses sur ta paye. decide vite le groupe part lundi"""),
    # ---------------------------------------------------------------- fr, benign
    ("fr", None, None, """o: tu viens ce soir ?
u: oui je prends le train de 19h
o: cool, pense à ton maillot, on va à la piscine demain matin
u: ok envoie moi l'adresse
o: je te l'envoie sur insta"""),
    ("fr", None, None, """o: Bonjour Mme Martin, ici Claire du service RH de Carrefour
u: Bonjour
o: Suite à votre candidature, pouvez-vous venir en entretien mardi à 10h au magasin de Lyon Part-Dieu ?
u: Oui, très bien
o: Apportez votre pièce d'identité. Le contrat est un CDI de 35h"""),
    ("fr", None, None, """o: ma chérie, papa t'a pris ton billet de train pour Noël
u: merci !!
o: n'oublie pas ta carte d'identité, et préviens quand tu arrives"""),
    ("fr", None, None, """o: tu peux me faire un virement de 50 pour l'électricité ? je te rembourse vendredi
u: c'est fait
o: merci mon amour ❤️
u: ce soir resto ?"""),
    ("fr", None, None, """o: samedi c'est l'anniv de Léa, on lui fait une surprise
u: trop bien
o: dis rien surtout, c'est un secret 🤫
u: promis"""),
    ("fr", None, None, """o: t'es où ? il est tard
u: chez Chloé
o: t'es toute seule ? sa mère est là ?
u: oui elle est là
o: ok papa passe te chercher à 21h"""),
    ("fr", None, None, """o: Rappel: compétition de natation samedi, les enfants à la piscine à 8h avec maillot et bonnet
u: merci coach
o: les parents peuvent envoyer des photos des courses sur le groupe du club"""),
    ("fr", None, None, """o: t'as combien de vbucks ?
u: 0 mdr
o: t'as quel âge toi ?
u: 11
o: moi aussi. on joue demain après l'école ?"""),
    ("fr", None, None, """o: Bonjour Sophie, nous confirmons votre poste d'aide-soignante à Genève
u: Super ! Et le contrat ?
o: Vous recevrez le contrat signé par email aujourd'hui. Le logement du premier mois est pris en charge par la clinique
u: Parfait, merci"""),
    # ---------------------------------------------------------------- ro, risky
    ("ro", "recruitment", 2, """o: Salut frumoaso, am o ofertă de muncă în Germania
u: Ce fel de muncă?
o: Ospătăriță într-un bar, câștigi 3000 de euro pe lună, nu trebuie să știi limba
u: Și drumul?
o: Plătim noi biletul, îl dai înapoi din primul salariu. Nu spune la nimeni"""),
    ("ro", "recruitment", 2, """o: iubito mi-e dor de tine
u: si mie
o: am niste datorii la niste oameni periculosi
u: ce?? cat?
o: daca ma iubesti cu adevarat ma ajuti. un prieten are un club in Anglia, lucrezi acolo cateva luni"""),
    ("ro", "grooming", 4, """o: esti super buna la roblox
u: mersi
o: cati ani ai?
u: 12
o: pari mult mai matura decat fetele de varsta ta
u: haha
o: iti trimit robux daca vrei, dar nu le zice parintilor"""),
    ("ro", "grooming", 2, """o: hey ce faci
u: nimic, ma plictisesc
o: esti singura acasa?
u: da, ai mei sunt la munca
o: adauga-ma pe snap, vorbim mai bine acolo. sterge mesajele astea"""),
    ("ro", "recruitment", 0, """o: buna! vrei sa castigi bani de acasa? cautam fete pentru videochat
u: ce trebuie sa fac?
o: vorbesti pe camera cu barbati, 200 euro pe noapte
u: nu stiu
o: trimite-mi niste poze in costum de baie sa vad"""),
    ("ro", "recruitment", 0, """o: bine ai venit. da-mi pasaportul, il tin eu
u: de ce?
o: e mai sigur la mine. ne datorezi 3000 pentru drum si cazare, ii dai inapoi muncind"""),
    ("ro", "recruitment", 2, """u: am nevoie de ajutor
o: ce s-a intamplat?
u: mi-au luat pasaportul cand am ajuns
o: cine??
u: patronul. zice ca ii datorez biletul si nu ma lasa sa ies"""),
    ("ro", "recruitment", 0, """o: buna frumoaso, caut o sugar baby, 1000 euro pe luna
u: ??
o: doar iesim la cina din cand in cand 😉
u: hmm
o: gandeste-te repede si sa ramana intre noi"""),
    ("ro", "recruitment", 0, """o: salut, avem de lucru in Italia pt fete, la un bar, 2500 pe luna, fara experienta
u: serios? cu contract?
o: nu trebuie contract, rezolvam acolo. drumul il platim noi
u: si cand plec?
o: trebuie sa te decizi azi, maine pleaca microbuzul"""),
    # ---------------------------------------------------------------- ro, benign
    ("ro", None, None, """o: Bună ziua, sunt Andreea de la resurse umane Kaufland
u: Bună ziua
o: Am primit CV-ul dvs. Puteți veni la interviu joi la ora 10 la magazinul din Cluj?
u: Da, sigur
o: Aduceți buletinul. Contractul e pe perioadă nedeterminată, 3500 lei net"""),
    ("ro", None, None, """o: puiule, tata ti-a luat biletul de avion de Craciun
u: mersiii
o: nu uita pasaportul si suna-ma cand aterizezi"""),
    ("ro", None, None, """o: iubi imi trimiti 100 lei pentru factura la curent? ti-i dau vineri
u: gata, ti-am trimis
o: mersi, te iubesc ❤️"""),
    ("ro", None, None, """o: sambata e ziua Ioanei, ii facem o surpriza
u: super
o: nu ii spune nimic, e secret 🤫
u: promit"""),
    ("ro", None, None, """o: unde esti? e tarziu
u: la Maria
o: esti singura? e mama ei acasa?
u: da e acasa
o: bine, vine tata dupa tine la 9"""),
    ("ro", None, None, """o: Sâmbătă e concursul de înot, copiii la bazin la 8 cu costum de baie și cască
u: mulțumim
o: părinții pot trimite poze de la concurs pe grupul clubului"""),
    ("ro", None, None, """o: cati robux ai?
u: 0 haha
o: cati ani ai?
u: 11
o: si eu. jucam maine dupa scoala?"""),
    ("ro", None, None, """o: Bună Elena, îți confirmăm postul de asistentă la spitalul din Viena
u: Super! Și contractul?
o: Îți trimitem azi contractul semnat pe email, citește-l liniștită. Primul bilet de avion îl plătește spitalul
u: Perfect, mulțumesc"""),
    ("ro", None, None, """o: mâine lucrez până la 6, vii după mine?
u: da, vin
o: ia-mi și niște pâine te rog
u: sigur
o: mersi, te iubesc"""),
]


def parse_script(script: str) -> list[dict[str, str]]:
    """Messages from lines "o: ..." (the other party) and "u: ..." (the protected person)."""
    messages = []
    for line in script.strip().splitlines():
        who, _, text = line.partition(": ")
        messages.append({"sender": {"o": "other", "u": "user"}[who], "text": text})
    return messages


def labelled_chat(
    chat_id: str, script: str, category: str | None, first_risk: int | None, lang: str, split: str
) -> dict[str, Any]:
    """One labelled chat row; the first risky message must exist."""
    messages = parse_script(script)
    assert first_risk is None or first_risk < len(messages), (lang, script[:40])
    return {"id": chat_id, "messages": messages,
            "label": {"category": category, "first_risk": first_risk, "lang": lang, "split": split}}


def write_splits(rows: list[dict[str, Any]], prefix: str) -> None:
    """Write PREFIX.jsonl and its PREFIX_dev / PREFIX_holdout parts (by each row's label split)."""
    for name, chosen in ((prefix, rows),
                         (f"{prefix}_dev", [r for r in rows if r["label"]["split"] == "dev"]),
                         (f"{prefix}_holdout", [r for r in rows if r["label"]["split"] == "holdout"])):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for r in chosen:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


def build() -> None:
    """Write probe.jsonl, probe_dev.jsonl and probe_holdout.jsonl from CHATS."""
    rows, counters = [], {}
    for lang, category, first, script in CHATS:
        k = counters.get(lang, 0)
        counters[lang] = k + 1
        split = "dev" if k % 2 == 0 else "holdout"
        kind = "risky" if category else "benign"
        rows.append(labelled_chat(f"probe-{lang}-{kind}-{k}", script, category, first, lang, split))
    write_splits(rows, "probe")
    print(len(rows), "chats;", sum(r["label"]["split"] == "dev" for r in rows), "dev")


if __name__ == "__main__":
    build()
