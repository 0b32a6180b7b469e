# ruff: noqa: E501  (chat messages are kept on one line each)
"""Build the "fresh" hand-written conversation set: 150 short chats (30 per language), written before
any change to cues, generator or model, in a style unlike the probe and the generator (bursts of short
messages from one sender, slang, typos, emoji, code-switching). Grooming is shown by tactics only
(secrecy, isolation, gifts, "mature", alone checks, moving platform, webcam, non-explicit photo requests),
most WITHOUT an age question. Benign chats are hard negatives sharing the vocabulary (HR asking for an
ID card, school trips with passports, friends' snap handles, adult dates, skin trades, airlines paying a
new ticket, parents asking "are you home alone", surprise-party secrets).

Lines start with "o:" (other party) or "u:" (the protected person). `first` is the index of the first
message that justifies a warning (for two-step grooming, the second tactic).

Split by a fixed rule, chosen before the first run: position k within its language, k % 5 in {0, 1} ->
`fresh_holdout.jsonl` (never read while fixing), else `fresh_dev.jsonl`. pt, fr and ro are written in the
same order of situations, so a situation's siblings in other languages land in the same split.

    .venv/bin/python data/chat/build_fresh.py
"""

from __future__ import annotations

# Run as a script from any folder: its own folder is on sys.path, so the probe builder is importable.
from build_probe import labelled_chat, write_splits

G, R, B = "grooming", "recruitment", None

# (lang, category or None, first_risk or None, script)
CHATS: list[tuple[str, str | None, int | None, str]] = [
    # ================================================================ en
    ("en", G, 6, """o: yo ur build is fire 🔥
u: ty lol
o: u play every day after school?
u: ye mostly
o: r ur parents home rn or just u
u: just me til 7
o: nice 😎 add me on snap its easier to talk there"""),
    ("en", G, 5, """o: gg that was insane
o: ur like the best support ive seen
u: haha thx
o: want the new skin? i can gift it
u: fr??
o: ya just send a pic of u first so i know ur real 📸
o: and dont tell ur mom ok, she'll think im weird"""),
    ("en", G, 3, """o: ngl u talk way more grown up than the other kids on this server
u: lol ppl say that
o: its true. ur not like them
o: do u have discord? we can vc privately, just us"""),
    ("en", G, 4, """o: hey cutie saw ur tiktok dance 💃
u: omg thanks
o: u got a webcam on ur pc?
u: ya why
o: wanna video chat later when everyones asleep? 🤫"""),
    ("en", G, 4, """o: hiii
u: hey
o: can u keep a secret?
u: depends lol
o: i like u. but ur parents wouldnt get it so this stays between us ok
u: ok...
o: delete this chat after pls"""),
    ("en", G, 4, """o: i got 2000 robux i dont need
o: u want some?
u: YES
o: ok but u gotta do smth for me first
o: send me a selfie in ur room, just for me"""),
    ("en", G, 3, """o: how old r u btw
u: 12 why
o: just asking. u seem older tbh
o: i live near ur school i think, we could meet after class 🙂
o: dont mention it to anyone k"""),
    ("en", G, 2, """o: ur mom yelled at u again?
u: ya shes so annoying
o: she doesnt understand u like i do
o: ur too mature for her rules honestly
o: u can always talk to me, only me 💕"""),
    ("en", G, 5, """o: bro u carried that match
u: lol
o: u got insta?
u: yeah
o: whats ur @? ill dm u there, mods read this chat
o: also do ur parents check ur phone?"""),
    ("en", G, 3, """o: i sent u a 25$ gift card 🎁 check ur email
u: wait why
o: bc ur special to me
o: dont tell ur dad ok? he'd take it"""),
    ("en", G, 2, """o: ur in 7th grade right?
u: ya
o: cool. send me a pic of what ur wearing today 😊
o: our little secret"""),
    ("en", R, 2, """o: Hello dear, we have hostess job in Dubai hotel, salary 3000$
u: wow really?
o: yes we pay your ticket and visa
o: send a photo of your passport so we book flight"""),
    ("en", R, 3, """o: babe i miss u so much 😢
o: im in trouble, i owe money to some guys
u: how much??
o: a lot. my cousin has a club in amsterdam, u could work there 2 months and we're free
o: do it for us pls"""),
    ("en", R, 1, """o: so the flat is 150 a week and the flight was 400
o: u work it off, then ur free to go
u: but u said it was included
o: things changed. u owe us now"""),
    ("en", R, 1, """o: welcome to the team!!
o: give me ur passport, boss keeps all the girls docs
u: why?
o: its the rules here, for ur safety"""),
    ("en", R, 1, """o: hey gorgeous u should be a model fr
o: my agency does shoots in milan, flights n hotel paid
u: omg how
o: we fly u out next week, dont tell ur family until its signed"""),
    ("en", R, 0, """o: wanna make $$ from home? just chatting w guys on cam
u: like what
o: easy money, 500 a week, nobody has to know"""),
    ("en", R, 1, """o: hi, au pair position in germany, family pays everything
o: no contract needed, u decide when u arrive
o: but u must leave this friday, places r limited"""),
    ("en", R, 3, """u: hey sis
u: cant talk long, they take my phone most of the day
o: wht?? where r u
u: the man has my passport and says i owe him for the trip"""),
    ("en", B, None, """o: Hi Sam, this is Priya from Greenleaf Hotel HR
o: ur interview is tuesday 10am at our office, bring your ID and NI number pls
u: great thanks!
o: we'll send the contract by email after"""),
    ("en", B, None, """o: did u give the school the trip form?
u: yes mom
o: ok the bus leaves 7am, bring ur passport for the ferry 🙄
o: dad paid the balance"""),
    ("en", B, None, """o: omg add me on snap my old one got hacked
o: its lily_b02
u: added!!
o: send me the pics from sat 😂"""),
    ("en", B, None, """o: had fun last night 😊
u: me too
o: u free sat? i could pick u up at 8
o: dinner at that thai place?"""),
    ("en", B, None, """o: ill trade u my ak skin for ur knife
u: deal
o: send trade offer on steam, my name is zeroKool"""),
    ("en", B, None, """o: Dear customer, as compensation for the cancelled flight we will pay your new ticket
o: please send a copy of your passport to book it
u: ok will do"""),
    ("en", B, None, """o: are u home alone? im stuck in traffic
u: ya
o: dont open the door to anyone, pizza money is on the table ❤️"""),
    ("en", B, None, """o: dont tell mum about the party!! its a surprise
o: keep it between us till sat
u: my lips r sealed 🤐"""),
    ("en", B, None, """o: Hi parents! Coach Dan here. Match on sat, kids at the pitch 9am
o: I'll share team photos in the group after
u: thanks!"""),
    ("en", B, None, """o: babe u still owe me 40 for the concert lol
u: ill pay u back friday
o: love u"""),
    ("en", B, None, """o: how old is ur cousin now? 14?
u: 15 lol
o: time flies. tell him happy bday from me"""),
    # ================================================================ es
    ("es", G, 4, """o: buaaa q bien juegas al brawl 😮
u: jajaja grax
o: tus papis t dejan jugar hasta tarde?
u: si no estan, curran de noche
o: ahh q guay entonces estas solita 😏
o: pasame tu snap y hablamos mejor alli"""),
    ("es", G, 2, """o: te paso la skin q querias, ya ta 🎁
u: enserio?? graciasss
o: de nada guapa. pero esto entre tu y yo eh
o: ni se te ocurra contarselo a tu madre"""),
    ("es", G, 0, """o: oye eres super madura, no pareces de tu edad
u: jaja eso dicen
o: los de tu clase son unos crios, tu no
o: tienes insta? por aqui no me fio"""),
    ("es", G, 3, """o: hola preciosa
o: tienes camara en el movil?
u: si xq
o: hacemos videollamada esta noche cuando se duerman tus padres? 🤫"""),
    ("es", G, 0, """o: te mando 1000 pavos si me mandas una foto tuya ahora
u: q tipo de foto
o: normal, en tu cuarto. solo pa mi 🙈"""),
    ("es", G, 3, """o: q curso haces?
u: 1 de la eso
o: ah vale. yo tngo 17 jeje
o: no le digas a nadie q hablamos, q luego flipan"""),
    ("es", G, 2, """o: tu madre te revisa el movil?
u: a veces
o: pues borra los mensajes despues vale? asi no se raya"""),
    ("es", G, 2, """o: tas bien? te noto triste
u: mis padres no me entienden
o: yo si te entiendo, ellos no
o: si quieres quedamos el sabado tu y yo solos, te invito a algo"""),
    ("es", G, 3, """o: eyy me caes genial
o: te puedo hacer una recarga del movil si quieres
u: en serio?
o: claro, a cambio mandame un selfie 😘 y no lo cuentes eh"""),
    ("es", G, 2, """o: cuántos años tienes?
u: 11
o: q mona. pasate a whatsapp y te cuento un secreto"""),
    ("es", G, 2, """o: oye tienes a alguien con quien jugar?
u: no mucho
o: pues yo sere tu mejor amigo 😊 pero tiene q ser secreto, vale?
o: los mayores no entienden estas cosas"""),
    ("es", R, 0, """o: hola guapa!! busco chicas pa trabajar de camareras en un club en Suiza 🇨🇭
o: 4000 al mes, casa incluida
u: y el viaje?
o: te lo pago yo y luego me lo devuelves con el curro"""),
    ("es", R, 1, """o: mi vida si me quieres de verdad me ayudas
o: debo mucha pasta y me van a hacer daño
o: un colega tiene un piso, trabajas un par de meses y lo pagamos"""),
    ("es", R, 1, """o: ya llegaste? perfecto
o: el pasaporte me lo das a mi q aqui se pierde todo
u: vale...
o: y no salgas sola del piso, q la zona es mala"""),
    ("es", R, 1, """o: curro de masajista en mallorca, sin experiencia
o: se gana muchisimo, 300 al dia
u: q tipo de masajes
o: eso te lo explico cuando llegues, no hace falta contrato"""),
    ("es", R, 1, """o: holaa te interesa ganar dinero desde casa?
o: solo hablas con señores por webcam 💻
o: nadie se entera, cobras semanal"""),
    ("es", R, 1, """o: soy un hombre generoso, busco una chica joven q me acompañe
o: te pagaria el alquiler cada mes"""),
    ("es", R, 0, """o: ya te lo dije, me debes el billete, el piso y la comida
o: 2000 euros. hasta q no lo pagues no te vas"""),
    ("es", R, 1, """u: tia necesito ayuda
u: me quitaron el pasaporte en cuanto llegue
o: q dices?? donde estas
u: no me dejan salir, dicen q les debo el viaje"""),
    ("es", B, None, """o: Hola Lucía, soy Marta de RRHH de Hoteles Sol
o: la entrevista es el lunes a las 10 en nuestra oficina de Gran Vía
o: trae el DNI y el CV impreso porfa
u: perfecto, alli estare"""),
    ("es", B, None, """o: cariño, el viaje de fin de curso es el jueves
o: tienes q llevar el dni y la tarjeta sanitaria
u: siii mama
o: y no te olvides el cargador 😂"""),
    ("es", B, None, """o: agregame al snap q me cambie de cuenta
o: es martaa_22
u: hecho!
o: pasame las fotos del finde jajaja"""),
    ("es", B, None, """o: me lo pase genial ayer 😊
u: yo tb
o: quedamos el viernes? te recojo a las 9"""),
    ("es", B, None, """o: te cambio la skin del dragon por tus 500 pavos
u: vale trato
o: mandame solicitud en epic, soy xXNachoXx"""),
    ("es", B, None, """o: Buenos días, le informamos que la aerolínea le paga un nuevo billete por la cancelación
o: necesitamos copia de su pasaporte para emitirlo
u: de acuerdo, se lo envío"""),
    ("es", B, None, """o: estas sola en casa? llego tarde q hay atasco
u: si
o: no abras a nadie, la cena esta en la nevera"""),
    ("es", B, None, """o: no le digas nada a papa del regalo eh!! 🤫
o: es sorpresa pa su cumple
u: q nooo jajaja"""),
    ("es", B, None, """o: me debes 20 pavos de la cena jaja
u: te hago bizum luego
o: te quiero tonta"""),
    ("es", B, None, """o: tu abuela te paga el billete pa navidad
o: no te olvides del pasaporte q vas a londres
u: vale!!"""),
    ("es", B, None, """o: Buenas familias, mañana hacemos fotos de clase
o: que los niños vengan con el uniforme
u: gracias!"""),
    # ================================================================ pt
    ("pt", G, 4, """o: vc joga mt bem free fire kkkk
u: kkk valeu
o: seus pais tão em casa agora?
u: nao, só chegam de noite
o: show, me chama no zap que aqui é ruim de falar"""),
    ("pt", G, 0, """o: te dou 800 diamantes se vc me mandar uma foto sua 😊
u: que foto
o: qualquer uma, só pra mim. e não conta pra ninguém tá?"""),
    ("pt", G, 0, """o: nossa vc é mt madura, nem parece
u: kkkk
o: as meninas da sua idade são bobas, vc não
o: tem insta? lá a gente conversa melhor"""),
    ("pt", G, 3, """o: oi gatinha
o: tem câmera no pc?
u: tenho pq
o: liga hoje a noite quando todo mundo dormir, segredo nosso 🤫"""),
    ("pt", G, 0, """o: apaga essa conversa depois ok?
o: sua mãe não pode ver
u: pq?
o: ela não ia entender nossa amizade"""),
    ("pt", G, 3, """o: quantos anos vc tem?
u: 12
o: legal, eu tenho 16 😊
o: vamos se ver no shopping sábado? só nós dois"""),
    ("pt", G, 2, """o: seus amigos te tratam mal né
u: as vezes
o: eu sou o único que te entende de verdade
o: me adiciona no discord, lá é mais privado"""),
    ("pt", G, 3, """o: comprei um gift card pra vc 🎁
o: mas quero algo em troca
u: o que
o: uma selfie sua agora, no seu quarto"""),
    ("pt", G, 2, """o: estás sozinha em casa?
u: sim, os meus pais foram jantar fora
o: fixe. liga a câmara, quero ver-te"""),
    ("pt", G, 0, """o: és tão gira, pareces mais velha
u: obg 😊
o: não digas aos teus pais que falamos, eles iam proibir"""),
    ("pt", G, 2, """o: quer robux? te passo 400
u: quero!!
o: então passa pro telegram, lá te explico
o: e apaga aqui"""),
    ("pt", R, 0, """o: oi linda, to recrutando meninas pra trabalhar num bar em Portugal
o: 2500 euros por mês, passagem por nossa conta
u: sério??
o: depois vc desconta do salário, tranquilo"""),
    ("pt", R, 1, """o: amor, tô devendo pra uns caras perigosos
o: se vc me ama vai me ajudar
o: meu amigo tem uma casa, vc trabalha lá uns meses e a gente fica livre"""),
    ("pt", R, 0, """o: bem vinda! me dá seu passaporte que eu guardo, aqui é perigoso
u: posso ficar com ele?
o: não. regra da casa"""),
    ("pt", R, 1, """o: vaga de babá na Itália, família rica, tudo pago
o: não precisa contrato, resolve lá
o: mas tem que decidir hoje"""),
    ("pt", R, 0, """o: quer ganhar dinheiro em casa? só conversar com homens na webcam
o: mil reais por semana fácil"""),
    ("pt", R, 1, """o: sou um senhor generoso, procuro uma menina pra me fazer companhia
o: pago seu aluguel e sua faculdade"""),
    ("pt", R, 0, """o: lembra que vc me deve a passagem e o quarto
o: até pagar tudo vc não sai daqui"""),
    ("pt", R, 1, """u: mana me ajuda
u: o patrão ficou com meu passaporte
o: oq?? onde vc tá
u: não deixam eu sair, dizem q eu devo a viagem"""),
    ("pt", B, None, """o: Olá Ana, aqui é a Júlia do RH da Lojas Rio
o: sua entrevista é quinta 14h na loja do centro
o: traz o RG e a carteira de trabalho
u: combinado!"""),
    ("pt", B, None, """o: filha, a excursão é sexta
o: leva o RG e a autorização assinada
u: tá mãe"""),
    ("pt", B, None, """o: me chama no zap, troquei de número
o: 11 98765-4321
u: salvei!
o: manda as fotos da festa kkk"""),
    ("pt", B, None, """o: adorei ontem 😊
u: eu tb
o: te busco sábado às 8? jantar?"""),
    ("pt", B, None, """o: troco minha skin da ak pela sua faca
u: fechou
o: manda a troca na steam"""),
    ("pt", B, None, """o: Prezado cliente, a companhia paga sua nova passagem por causa do cancelamento
o: envie cópia do passaporte para emitir
u: ok obrigado"""),
    ("pt", B, None, """o: tá sozinha em casa? vou chegar tarde
u: to
o: não abre a porta pra ninguém, a janta tá no forno"""),
    ("pt", B, None, """o: não conta pro pai da festa surpresa!!
o: fica entre nós até sábado
u: ok kkk"""),
    ("pt", B, None, """o: vc me deve 30 do cinema kkk
u: te pago sexta amor"""),
    ("pt", B, None, """o: a vó vai pagar sua passagem pro natal
o: não esquece o passaporte
u: eba!!"""),
    ("pt", B, None, """o: Pais, o treino de sábado é às 9h
o: vou mandar as fotos do time no grupo depois
u: obrigada!"""),
    # ================================================================ fr
    ("fr", G, 4, """o: t trop fort a fortnite wsh
u: mrc
o: tes parents sont là ce soir?
u: non ils bossent tard
o: ok cool, ajoute moi sur snap on parle mieux la bas 😉"""),
    ("fr", G, 0, """o: j'te offre le skin si tu m'envoies une photo de toi
u: quelle photo
o: juste toi dans ta chambre, rien que pour moi 🙈
o: et tu dis rien a ta mere hein"""),
    ("fr", G, 0, """o: franchement t'es super mature, on dirait pas
u: mdr merci
o: les filles de ton âge sont des gamines, toi non
o: t'as insta? ici c'est surveillé"""),
    ("fr", G, 1, """o: t'as une webcam?
u: oui pk
o: on fait un appel vidéo cette nuit quand tout le monde dort? 🤫"""),
    ("fr", G, 0, """o: efface nos messages apres stp
o: tes parents comprendraient pas
u: pourquoi
o: c'est notre secret toi et moi"""),
    ("fr", G, 3, """o: t'es en quelle classe?
u: en 5e
o: ah cool moi j'ai 16 ans 😊
o: on se voit au parc samedi? juste nous deux"""),
    ("fr", G, 2, """o: tes potes te calculent pas hein
u: bof
o: moi je suis là pour toi, pas eux
o: viens sur discord en privé"""),
    ("fr", G, 3, """o: je t'ai pris une carte cadeau 🎁
o: mais faut que tu me rendes un service
u: quoi
o: un selfie là maintenant, juste pour moi"""),
    ("fr", G, 2, """o: t'es toute seule chez toi?
u: oui
o: allume ta cam je veux te voir"""),
    ("fr", G, 0, """o: t'es trop belle, tu fais plus vieille que ton âge
u: merci 🥰
o: dis rien a tes parents qu'on parle, ils vont pas capter"""),
    ("fr", G, 2, """o: tu veux des robux? j'en ai plein
u: ouiii
o: passe sur telegram je t'explique, et supprime cette conv"""),
    ("fr", R, 0, """o: slt ma belle, on cherche des filles pour bosser dans un bar en Suisse
o: 3000€ par mois, logement offert
u: et le billet?
o: on te l'avance, tu rembourses sur ton salaire"""),
    ("fr", R, 0, """o: bébé si tu m'aimes vraiment tu vas m'aider
o: je dois de l'argent a des mecs dangereux
o: mon pote a un appart, tu bosses quelques mois et on est libres"""),
    ("fr", R, 0, """o: bienvenue! donne moi ton passeport je le garde, ici ça se perd
u: je préfère le garder
o: c'est la règle ici"""),
    ("fr", R, 1, """o: poste de nounou en Italie, famille riche, tout est payé
o: pas besoin de contrat, on voit sur place
o: faut partir vendredi, dernière place"""),
    ("fr", R, 0, """o: tu veux gagner de l'argent chez toi? juste discuter avec des hommes en webcam
o: 500 par semaine facile, personne saura"""),
    ("fr", R, 1, """o: homme généreux cherche jeune femme pour compagnie
o: je paie ton loyer chaque mois"""),
    ("fr", R, 0, """o: t'oublies pas que tu me dois le billet et la chambre
o: tant que t'as pas remboursé tu pars pas"""),
    ("fr", R, 1, """u: aide moi stp
u: le patron a pris mon passeport
o: quoi?? t'es où
u: ils me laissent pas sortir, je dois soi-disant le voyage"""),
    ("fr", B, None, """o: Bonjour Léa, c'est Sophie du service RH de l'hôtel Bellevue
o: entretien lundi 10h à nos bureaux
o: apportez votre carte d'identité svp
u: parfait merci"""),
    ("fr", B, None, """o: ma chérie, la sortie scolaire c'est jeudi
o: prends ta carte d'identité et l'autorisation signée
u: oui maman"""),
    ("fr", B, None, """o: ajoute moi sur snap j'ai changé de compte
o: c'est lea_b99
u: c fait!
o: envoie les photos de samedi mdr"""),
    ("fr", B, None, """o: j'ai adoré hier soir 😊
u: moi aussi
o: on se voit samedi? je passe te prendre a 20h"""),
    ("fr", B, None, """o: je t'échange mon skin contre ton couteau
u: ok deal
o: envoie l'échange sur steam"""),
    ("fr", B, None, """o: Madame, suite à l'annulation, la compagnie vous offre un nouveau billet
o: merci d'envoyer une copie de votre passeport pour l'émettre
u: d'accord"""),
    ("fr", B, None, """o: t'es toute seule à la maison? je rentre tard
u: oui
o: ouvre à personne, y a des pâtes dans le frigo"""),
    ("fr", B, None, """o: dis rien à papa pour la fête surprise!!
o: ça reste entre nous jusqu'à samedi
u: promis 🤐"""),
    ("fr", B, None, """o: tu me dois 20 balles pour le resto mdr
u: je te rembourse demain chéri"""),
    ("fr", B, None, """o: mamie te paie le billet pour noël
o: oublie pas ton passeport
u: trop bien!!"""),
    ("fr", B, None, """o: Bonjour les parents, match samedi 9h
o: je mettrai les photos de l'équipe dans le groupe
u: merci coach"""),
    # ================================================================ ro
    ("ro", G, 4, """o: joci super bine roblox 😮
u: mersi
o: ai tai sunt acasa acum?
u: nu, vin seara
o: tare, da-mi add pe snap, acolo vorbim mai bine"""),
    ("ro", G, 0, """o: iti dau robux daca imi trimiti o poza cu tine
u: ce poza
o: orice, doar pentru mine. si nu zici la nimeni ok?"""),
    ("ro", G, 0, """o: esti foarte matura, nu pari de varsta ta
u: haha
o: fetele de varsta ta sunt copii, tu nu
o: ai insta? aici nu e sigur"""),
    ("ro", G, 1, """o: ai camera la laptop?
u: da dc
o: facem apel video la noapte cand dorm toti? 🤫"""),
    ("ro", G, 0, """o: sterge mesajele dupa, ok?
o: parintii tai n-ar intelege
u: de ce
o: e secretul nostru"""),
    ("ro", G, 3, """o: in ce clasa esti?
u: a 6a
o: eu am 16 😊
o: ne vedem sambata in parc? doar noi doi"""),
    ("ro", G, 2, """o: prietenii tai nu te apreciaza
u: poate
o: eu sunt singurul care te intelege
o: hai pe discord in privat"""),
    ("ro", G, 3, """o: ti-am luat un card cadou 🎁
o: dar vreau ceva in schimb
u: ce
o: un selfie acum, doar pt mine"""),
    ("ro", G, 2, """o: esti singura acasa?
u: da
o: porneste camera vreau sa te vad"""),
    ("ro", G, 0, """o: esti asa frumoasa, pari mai mare
u: mersi 🥰
o: nu le zice alor tai ca vorbim, o sa-ti ia telefonul"""),
    ("ro", G, 2, """o: vrei skinuri? am o gramada
u: daaa
o: treci pe telegram si iti explic, si sterge conversatia asta"""),
    ("ro", R, 0, """o: salut frumoaso, cautam fete pt un bar in Germania
o: 3000 euro pe luna, cazare inclusa
u: si drumul?
o: il platim noi si il dai inapoi din salariu"""),
    ("ro", R, 0, """o: iubi daca ma iubesti ma ajuti
o: am datorii la niste oameni rai
o: un prieten are un apartament, muncesti cateva luni si scapam"""),
    ("ro", R, 0, """o: bine ai venit! da-mi pasaportul, il tin eu, aici se pierd lucruri
u: prefer sa-l tin eu
o: asa e regula"""),
    ("ro", R, 1, """o: post de bona in Italia, familie bogata, totul platit
o: nu trebuie contract, vedem acolo
o: trebuie sa pleci vineri, ultimul loc"""),
    ("ro", R, 0, """o: vrei sa castigi bani de acasa? doar vorbesti cu barbati pe webcam
o: 500 pe saptamana usor, nu afla nimeni"""),
    ("ro", R, 1, """o: domn generos caut o tanara pentru companie
o: iti platesc chiria lunar"""),
    ("ro", R, 0, """o: nu uita ca imi datorezi biletul si camera
o: pana nu platesti tot nu pleci"""),
    ("ro", R, 1, """u: ajuta-ma te rog
u: seful mi-a luat pasaportul
o: ce?? unde esti
u: nu ma lasa sa ies, zice ca ii datorez drumul"""),
    ("ro", B, None, """o: Buna ziua Ioana, sunt Elena de la resurse umane, Hotel Central
o: interviul e luni la 10 la biroul nostru
o: aduceti buletinul va rog
u: perfect, multumesc"""),
    ("ro", B, None, """o: puiule, excursia e joi
o: ia buletinul si acordul semnat
u: da mami"""),
    ("ro", B, None, """o: da-mi add pe snap mi-am facut cont nou
o: e ana_m01
u: gata!
o: trimite pozele de sambata haha"""),
    ("ro", B, None, """o: mi-a placut mult aseara 😊
u: si mie
o: ne vedem sambata? te iau la 8"""),
    ("ro", B, None, """o: iti dau skinul meu de ak pe cutitul tau
u: ok
o: trimite trade pe steam"""),
    ("ro", B, None, """o: Stimate client, compania va plateste un bilet nou din cauza anularii
o: va rugam trimiteti o copie a pasaportului
u: bine, multumesc"""),
    ("ro", B, None, """o: esti singura acasa? ajung tarziu
u: da
o: nu deschide nimanui, mancarea e in frigider"""),
    ("ro", B, None, """o: nu-i spune lui tata de petrecere!!
o: ramane intre noi pana sambata
u: promit"""),
    ("ro", B, None, """o: imi datorezi 50 de lei de la film haha
u: ti-i dau vineri iubi"""),
    ("ro", B, None, """o: bunica iti plateste biletul de craciun
o: nu uita pasaportul
u: yeyy"""),
    ("ro", B, None, """o: Buna ziua parinti, meciul e sambata la 9
o: pun pozele echipei pe grup dupa
u: multumim"""),
]


def build() -> None:
    """Write fresh.jsonl, fresh_dev.jsonl and fresh_holdout.jsonl from CHATS."""
    rows, counters = [], {}
    for lang, category, first, script in CHATS:
        assert (first is None) == (category is None), script[:40]
        k = counters.get(lang, 0)
        counters[lang] = k + 1
        split = "holdout" if k % 5 in (0, 1) else "dev"
        rows.append(labelled_chat(f"fresh-{lang}-{category or 'benign'}-{k}", script, category, first, lang, split))
    write_splits(rows, "fresh")
    print(len(rows), "chats;", counters, sum(r["label"]["split"] == "dev" for r in rows), "dev")


if __name__ == "__main__":
    build()
