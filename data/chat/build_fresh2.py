# ruff: noqa: E501  (chat messages are kept on one line each)
"""Build the "fresh2" hand-written conversation set: 150 chats (30 per language: 10 grooming, 10
recruitment, 10 hard benign), written before reading the cues or the detector code, in a hand unlike
the probe, the fresh set and the generator: regional variants (es Spain / Mexico / Argentina /
Colombia, pt Brazil / Portugal, fr France / Québec / Belgium), slang, no accents, emoji, and risks that
show at message 0 or only at message 9. Grooming rarely asks the age; it uses "mature for your age",
"age is just a number", gifts / game credits for a selfie or a phone number, secrecy towards parents,
disappearing messages, meeting alone, coaches or monitors offering private sessions. Recruitment:
lover-boy of adult women (isolation, ticket paid, passport photo), debt bondage, "modelling" abroad,
webcam "work from home", hostess / club jobs for girls 18-25, seasonal work where the boss keeps the
papers. Benign chats are hard negatives: friends swapping snap / insta handles and party photos, a
parent or aunt asking "is her mum home?" and picking the child up (one with a surprise-dinner secret),
coaches with a paid tournament trip, adults dating who ask for a selfie, real hotel / restaurant HR
asking for the ID card or passport, a cousin abroad helping with a legal contract, skin trades moving to
Discord, a landlord asking for a passport copy, a school photographer, a friend lending money with
"don't tell X". Nothing sexual is described.

Lines start with "o:" (other party) or "u:" (the protected person). `first` is the index of the first
message that justifies a warning.

Split by a fixed rule chosen before the first run: 0-based line index i in fresh2.jsonl, i % 5 in
{0, 1} -> `fresh2_holdout.jsonl` (not read while fixing), else `fresh2_dev.jsonl`. Chats are written in
the order (grooming, recruitment, benign) repeated, per language.

    .venv/bin/python data/chat/build_fresh2.py
"""

from __future__ import annotations

# Run as a script from any folder: its own folder is on sys.path, so the probe builder is importable.
from build_probe import labelled_chat, write_splits

EN_G = [
(6, """o: heyy ur the one who drew that fox on the art server right?
u: yeah that was me
o: its honestly better than most adults i know. ur really talented
u: aw thanks
o: i could send u a drawing tablet, i have a spare one
u: wait really?
o: ya just give me ur address. and maybe dont mention it to ur parents, they'd think its weird a friend online sends gifts"""),
(3, """o: u up?
o: ur mum asleep yet
u: ya why
o: come on whatsapp, my number is 07723 118402. delete this after ok 🤐"""),
(9, """o: good game today
u: ty u too
o: what team u support
u: arsenal
o: no way same!!
o: u going to the match sat?
u: cant, too expensive
o: i got a spare ticket if u want
u: omg serious??
o: just us two tho, tell ur dad ur at a mates house, he wont let u otherwise"""),
(5, """o: i read ur post about ur parents fighting
o: that sounds really hard
u: its fine i guess
o: ur really mature to deal with it like that. most ppl ur age would freak out
u: idk
o: u can always talk to me. i listen better than they ever will
o: lets use telegram tho, more private, nobody needs to see our convos"""),
(5, """o: need vbucks?
u: who is this
o: friend of jake from ur school lol
o: i have a code for 2800 vbucks
u: fr whats the catch
o: no catch, send me a selfie so i know ur not a bot 😂 one without the hoodie"""),
(4, """o: hiya its me from the skatepark
u: oh hey
o: u were sick on the ramp, u should come sat morning when its quiet
u: maybe
o: come by urself, ur mates just mess about. i'll bring u a new deck
o: and keep it between us yeah"""),
(3, """o: can i tell u smth
u: ye
o: ur the only one i actually trust on here
o: but the mods read these dms so lets move to snap
u: whats ur snap
o: its jj.nightt. turn on disappearing msgs"""),
(5, """o: hey hey 😊
o: saw ur story at the beach
u: haha ya that was last week
o: u looked so grown up, i thought u were at uni
u: lol im still in year 9
o: age is just a number tbh
o: do ur parents go thru ur phone?"""),
(5, """o: thx for carrying me in ranked
u: np
o: let me pay u back, i'll top up ur account 20 quid
u: u dont have to
o: i want to. u deserve it. we should voice call sometime, just us
o: when are ur parents out?"""),
(3, """o: Hello, I'm a talent scout for a youth modelling agency.
o: You have a very special look. Have you done any modelling?
u: no never
o: We could do a test shoot. Private, just you and me, no need to involve your parents yet
o: Send me a few photos first, full length, so I can show my boss"""),
]
EN_R = [
(4, """o: good morning beautiful ☀️
u: morning babe
o: cant stop thinking about our future. my cousin has a restaurant in dubai, we could both work there and save for a flat
u: dubai?? thats far
o: he pays the flights, we pay him back from wages. just send me a pic of ur passport so he can book
u: ok ill send tonight
o: and dont tell ur sister, shes always against us"""),
(2, """o: Hi! Hostess job in Milan, 3000€/month, accommodation included, no experience needed. Interested?
u: what would i have to do
o: Accompany our clients at dinners and be nice to them. Send 3 photos (one full body) and ur age"""),
(2, """o: u still owe me for the ticket and the room
u: i know, im working every day
o: its 1800 now, with interest
u: it was 900!!
o: food, phone, rent. u dont leave until its paid. and i keep ur id till then"""),
(7, """o: Hi Jess, this is Mark from Starline Models
o: we loved ur photos on insta
u: oh thank you!
o: we're casting for a campaign in Istanbul. 2 weeks, 4000 dollars
u: wow. what brand?
o: cant say yet, confidentiality. we cover flights and hotel
u: do i need an agent
o: no, we handle everything. we keep ur passport during the stay for the hotel registration
o: and u repay the flights from ur fee if the client isnt happy"""),
(4, """o: saw ur cv on the jobs group. nanny job in london, live in, 500/week
u: sounds good, whats the family's name?
o: lets talk on telegram, fb deletes job posts. add @nanny_agency_uk
u: ok
o: the agency pays ur coach ticket and u pay back 300 from ur first wages. bring only ur passport, we sort the rest"""),
(6, """o: hey u
u: hey 🙂
o: how was ur shift
u: tiring, boss is horrible
o: u deserve better. ur too pretty to be serving coffee
u: lol
o: i know ppl who pay girls just to go to parties and be nice company
u: what do u mean
o: just parties, good money, nice clothes. i'll drive u
o: first time free, after that u give me half, thats fair since i found it for u"""),
(0, """o: want to earn from home? 200/day chatting on cam 💸
u: chatting about what
o: whatever the clients want, they tip more if u dress nice 😉"""),
(3, """o: Hello sister, there is cleaning work in hotels in Germany
o: 1800 euro, sleeping in the staff house
u: is it legal? contract?
o: contract u sign there. first send photo of ur passport and 250 euro for the papers
u: i dont have 250
o: no problem, boss pays now, u work it off"""),
(4, """o: why were u out with ur friends again
u: it was just coffee
o: i told u theyre jealous of us. block them
u: ok...
o: good girl. now we need money for the flat, my mate has a club where u can dance a few nights
o: u do it for us"""),
(3, """o: hi, ana gave me ur number
o: she said u need work
u: yes im looking
o: i need girls for vip events, only pretty ones, 18-25
o: u travel with us to cyprus, we pay everything
o: send me 2 pics today, no makeup"""),
]
EN_B = [
"""o: omg last night was sooo good
u: ikr!!
o: add me on snap i lost my old acc, its maddie.rr
u: added
o: send me the pics from the party pls, esp the one with the cake 😂
u: sending now""",
"""o: where are you sweetheart?
u: at lucy's
o: is her mum home?
u: no shes at work til 9
o: ok. are you on your own there? i'll come get you at 8, dont walk back alone
u: ok mum ❤️""",
"""o: Hi all, training moved to Thursday 6pm this week
o: Bring your own water bottle, and parents please sign the tournament consent form. The club pays the coach and the hotel
u: ok coach
o: Great effort Saturday btw. I'll post the team photos in the parents group""",
"""o: had such a nice time last night 😊
u: me too!
o: dinner friday? my treat
u: only if i get dessert
o: deal. send me a selfie in that green dress so i can pick a place that matches 😂
o: i'll pick you up at 8""",
"""o: Hello, this is Karen from Riverside Hotel HR. We received your application for the receptionist role.
o: Could you come for an interview on Tuesday at 10:00? Address: 14 Quay Street, reception desk.
u: yes thank you
o: Please bring your passport for the right to work check and your CV. The contract is 37.5h/week, £11.50/h, paid monthly.
o: You can call the hotel switchboard on 0161 555 0182 if anything changes.""",
"""o: hey cuz, the warehouse near me in Rotterdam is hiring
o: legal contract through the agency, 14.20/h, they help with the BSN registration
u: do i need a visa?
o: no ur EU. bring ur ID card and apply on their website first, ill send the link. u can stay with us the first month, mum already said yes
u: thank u sm""",
"""o: trade my dragon lore for ur karambit + 2 keys?
u: nah karambit worth more
o: 3 keys final
u: ok deal, send the trade offer
o: sent. add me on discord for future trades, im rekt#4412""",
"""o: Hi, I'm the landlord for the flat on Elm Road. Viewing is Saturday 11am.
u: great, is the deposit refundable?
o: Yes, held in the government deposit scheme. I'll need a copy of your passport for the right to rent check and a reference from your employer.
u: ok I'll bring it""",
"""o: Hi, I'm the photographer for Oakfield School sports day.
o: Parents who want the individual portraits can order on the school website, code OAK24
u: can i get copies of the relay photos?
o: Yes, they'll be in the class gallery. Ask your mum or dad to log in, I don't send photos to students directly.""",
"""o: can u lend me 40 til friday? my pay is late
u: yeah np, sending now
o: ur a lifesaver. ill pay u back fri + buy u a drink
u: haha deal, dont tell jen i have money tho or she'll ask too 😂""",
]

ES_G = [
(6, """o: ey tio q bien juegas al fortnite
u: jaja grax
o: tienes insta? asi hablamos mejor
u: si, @pablo_09
o: oye y tus padres te miran el movil?
u: a veces
o: pues mejor borra los mensajes cuando hablemos, q luego se rayan por nada"""),
(2, """o: hola nena, vi tus videos bailando, bailas bien bonito
u: ay gracias
o: eres bien madura para tu edad, ni pareces de secundaria
u: jaja
o: te regalo unas recargas de 200 si me mandas unas fotos nuevas, solo para mi"""),
(9, """o: che q onda
u: todo bien vos?
o: re bien. viste el partido?
u: si, re aburrido
o: jaja posta
o: vos vivis cerca del club no?
u: si a 2 cuadras
o: yo entreno ahi los martes
u: ah mira
o: pasa el martes q te regalo unos botines, pero veni sola y no le digas a tu vieja q despues me arma quilombo"""),
(5, """o: holaa
o: q haces
u: nada aburrida en casa
o: sola?
u: si mis padres curran hasta tarde
o: pasate a telegram y hacemos videollamada, aqui nos leen los moderadores 😉"""),
(3, """o: parce te paso la skin de la temporada
u: enserio?? gracias
o: de una, pero me debes una jaja
o: mandame una foto tuya pa saber q no eres un bot
o: y no le cuentes a nadie q te la regale, q todos me van a pedir"""),
(2, """o: no puedo dejar de pensar en ti
u: enserio?
o: si pero lo nuestro tiene q ser secreto, la gente no lo entenderia por la diferencia de edad
u: vale"""),
(3, """o: Hola Lucia, soy Javier, el monitor del campamento del verano pasado
u: hola! q tal
o: Bien. Me acuerdo mucho de ti, eras la mas madura del grupo
o: Podriamos quedar un dia tu y yo para tomar algo y hablar de tus estudios
o: Mejor no se lo comentes a tus padres, ya sabes como son con estas cosas"""),
(2, """o: a q hora te vas a dormir
u: a las 11 mas o menos
o: conectate a las 12 q hacemos llamada, cuando todos duerman
o: pon la camara eh 📷"""),
(5, """o: hola linda, eres del cole san martin verdad?
u: si, como sabes
o: te vi en el desfile, ibas con el uniforme
o: me pareciste la mas bonita de todas
u: ehh gracias
o: agregame al whatsapp, pero no le digas a tus amigas q luego hablan"""),
(8, """o: buena partida
u: igualmente
o: juegas mañana?
u: si despues del cole
o: genial, te agrego
u: vale
o: oye tienes discord?
u: si
o: te paso una tarjeta de steam de 20€ si me pasas tu numero
o: y hablamos por ahi de noche, q es mas privado"""),
]
ES_R = [
(4, """o: buenos dias mi reina 👑
u: buenos dias amor
o: estoy pensando en lo de irnos a Suiza. mi primo tiene un bar alli y nos da trabajo a los 2
u: y los billetes?
o: los paga el, luego se los devolvemos poco a poco. pasame foto del pasaporte para reservar
o: no se lo digas a tu madre todavia q ya sabes que no me quiere"""),
(1, """o: Buenas, oferta de empleo en Panama: mesera en restaurant, 1500$ + propinas
o: pasaje y hospedaje pagado, solo muchachas entre 18 y 25, buena presencia
u: que papeles necesito
o: solo el pasaporte, lo guardamos nosotros para el tramite. manda foto de cuerpo entero"""),
(2, """o: ya sabes q la deuda va por 3000
u: si ya se, pero trabajo todos los dias
o: pues no alcanza. desde hoy tambien los findes, sin descanso
u: estoy cansada
o: y ni se te ocurra irte, tengo tus papeles y se donde vive tu familia"""),
(3, """o: hola guapa, somos agencia de modelos en Tokio
o: buscamos chicas latinas para catalogos, contrato de 3 meses
u: q padre! cuanto pagan
o: 5000 dolares al mes. el vuelo lo adelantamos nosotros
u: y luego?
o: se descuenta de tu sueldo, igual q el departamento. tambien hay cenas con clientes, eso paga extra"""),
(6, """o: hola! vi tu anuncio de limpieza
u: hola si, busco trabajo
o: tengo una casa grande, necesito ayuda 3 dias
u: genial, donde es?
o: en Marbella. te pago 15 la hora
u: perfecto
o: tambien tengo amigos q buscan chicas para acompañar en fiestas, pagan mucho mas
u: acompañar como
o: estar con ellos, ser simpatica. 500 la noche. no hace falta q se lo cuentes a nadie"""),
(1, """o: hola! queres ganar plata desde tu casa?
o: es chatear con hombres de afuera por camara, pagan en dolares
u: y q hay q hacer
o: lo q ellos pidan jaja. te paso al telegram y te explico"""),
(2, """o: mi amor ya te compre el tiquete a Madrid ✈️
u: enserio??
o: si, alla vas a trabajar con mi amiga en su negocio mientras yo llego
u: q negocio es
o: un club, nada malo, solo atiendes a los clientes. y el tiquete me lo pagas con lo primero q ganes"""),
(3, """o: hola, te escribo por lo del curro de camarera en Ibiza
o: temporada de verano, alojamiento incluido
u: genial! hay contrato?
o: el contrato te lo damos alli. mandame ya foto del DNI por las dos caras y una foto tuya en bikini para ver la imagen"""),
(4, """o: donde estabas
u: en casa de mi hermana
o: te dije q no fueras. acuerdate q me debes lo del alquiler
u: te lo voy a pagar
o: si, esta noche vas al piso de mi amigo y atiendes a quien te diga"""),
(0, """o: Se buscan chicas para trabajar en Andorra, 4000€/mes, viaje pagado, sin experiencia, solo buena presencia. Interesadas al privado
u: info porfa
o: pasame tu edad y 3 fotos, una de cuerpo entero"""),
]
ES_B = [
"""o: tiaaa la fiesta de ayer q locura
u: jajaja calla
o: pasame las fotos del cumple de Irene porfa
u: te las paso por insta, cual es tu user nuevo?
o: @laura.mrtz""",
"""o: mija donde andas?
u: en casa de la Vale tia
o: esta su mama con ustedes?
u: no, salio un ratito
o: ok, paso por ti a las 7, no te vengas sola caminando que ya oscurece. y no le digas a tu mama, la cena es sorpresa jaja""",
"""o: Familias, el entreno del jueves pasa a las 18:30 en el pabellon
o: Los chicos tienen que traer la ficha firmada para el torneo de Valencia, el club paga el autobus y el hotel
u: vale, gracias Miguel""",
"""o: me encanto la cena de ayer 😊
u: a mi tambien, repetimos?
o: el sabado te invito a un concierto, tengo 2 entradas
u: planazo
o: te recojo a las 9, mandame una foto del outfit q voy a juego jaja""",
"""o: Hola Maria, soy Carmen de RRHH del Restaurante El Faro
o: Te llamamos para una entrevista el martes a las 11, en Calle Mayor 12
u: perfecto alli estare
o: Trae el DNI y el numero de la seguridad social. Contrato de 30h, 1200€ brutos, alta desde el primer dia""",
"""o: prima, en la fabrica de mi pueblo en Alemania buscan gente
o: contrato legal por la ETT, 13€ la hora, ayudan con el papeleo del empadronamiento
u: y donde vivo?
o: conmigo el primer mes, ya lo hable con Jonas. pero primero echa el CV en la web, te paso el link""",
"""o: te cambio mi skin del dragon por 2 de las tuyas
u: cual
o: la de neon y la de pirata
u: trato, mandame solicitud
o: agregame en discord q por aqui se me olvida, soy dani#2231""",
"""o: Buenas, soy el propietario del piso de la calle Sol. La visita es el sabado a las 12
u: vale, cuanto es la fianza?
o: Un mes, depositada en el organismo oficial. Necesito copia del DNI o pasaporte y la ultima nomina""",
"""o: Hola, soy la fotografa de la graduacion del IES Cervantes
o: Las fotos se venden por la web del AMPA, las familias tienen un codigo
u: me puedes pasar la mia?
o: Pidele a tu madre o a tu padre que entre con el codigo, yo no envio fotos a alumnos directamente 😊""",
"""o: boludo me prestas 5 lucas hasta el viernes?
u: dale, te transfiero
o: sos un genio, el viernes te devuelvo y te invito una birra
u: jaja dale, pero no le digas a martin q despues me pide el tambien""",
]

PT_G = [
(4, """o: eae mano, vc joga mt bem
u: vlw kkk
o: tem zap? la a gnt conversa melhor
u: tenho
o: me passa, e apaga essa conversa dps pra tua mae nao ver"""),
(3, """o: oi linda, quer um gift card de 100 reais?
u: como assim
o: de presente, pq vc é especial
o: so me manda uma foto sua agora, sem ninguem saber 🤫"""),
(6, """o: ola, tu es amiga da rita certo?
u: sim, porque?
o: vi as vossas fotos no insta, sao muito fixes
u: obrigada
o: tu pareces muito mais crescida que ela
u: ahah
o: tens namorado?
u: nao
o: entao posso ser o teu amigo especial 😊 mas isto fica entre nos, os teus pais nao iam perceber"""),
(4, """o: oi sumida
u: oii
o: ta sozinha em casa hj?
u: to, minha mae ta no trampo
o: bora fazer chamada de video? liga a camera 📹"""),
(3, """o: vc é mto madura pra sua idade sabia
u: serio?
o: sim, conversa comigo como adulta. as meninas da sua sala sao mto infantis
o: me adiciona no telegram, aqui no insta é mto exposto"""),
(2, """o: olha, consigo-te robux de borla
u: a serio? quantos
o: 1000. mas tens de me prometer que nao contas a ninguem, nem aos teus pais
u: prometo
o: e manda-me uma selfie tua, para saber que es tu"""),
(6, """o: oi, sou o professor de violao da escola de musica
u: oi prof
o: vc tem muito talento
u: obg 😊
o: quer aula extra de graça? la em casa, sabado de manha
u: posso levar minha amiga?
o: melhor vir sozinha, ela vai atrapalhar. e nao precisa avisar sua mae, é rapidinho"""),
(5, """o: oi gata
u: quem é
o: um amigo do seu primo
o: vc é muito linda
u: kkk obg
o: sei q vc é novinha mas idade é so um numero ne"""),
(3, """o: ei
o: ja viste a mensagem que te mandei no tiktok?
u: nao
o: passa para o snap, la as mensagens apagam-se sozinhas e ninguem ve 😉"""),
(9, """o: mano tu joga ff?
u: jogo
o: qual teu id
u: 12234567
o: te add
o: cola na ranqueada cmg
u: bora
o: se vc subir comigo te dou 500 diamantes
u: sério??
o: sim. mas me manda uma foto tua pra eu ver com quem to jogando, e nao fala pros seus pais q eles vao achar estranho"""),
]
PT_R = [
(4, """o: bom dia minha princesa ❤️
u: bom dia amor
o: ja falei com meu amigo em Lisboa, ele arruma trabalho pra vc num bar
u: mas eu nao tenho dinheiro pra passagem
o: ele paga, depois vc devolve trabalhando. me manda foto do seu passaporte hj"""),
(0, """o: Ola! Somos a agencia Estrela Models, vc foi selecionada pra um book em Dubai 🌟
u: serio? quanto custa
o: nada, a gente paga tudo. cache de 10 mil. so precisa ter entre 18 e 23 anos e mandar fotos de biquini"""),
(2, """o: ja sabes que ainda deves a viagem e a casa
u: eu sei, estou a trabalhar
o: sao 2500 agora. e o passaporte fica comigo ate pagares tudo"""),
(2, """o: oi, vc ta precisando de renda extra?
u: to sim
o: trabalho de modelo de webcam, 100% online, ganha em dolar
u: mas o q faz
o: conversa com os clientes na camera, quanto mais ousada mais ganha. te add no whats pra explicar"""),
(6, """o: oi, vi que vc procura emprego de baba
u: isso
o: uma familia na Espanha precisa. 1200 euros, casa e comida
u: nossa que bom. tem contrato?
o: faz la. a passagem eles pagam
u: e o visto?
o: vai como turista, ninguem precisa saber. quando chegar eles ficam com seu passaporte pra guardar"""),
(2, """o: amor, nao quero que fales mais com a tua mae
u: porque?
o: ela quer separar-nos. vem viver comigo para o Porto, eu trato de tudo
u: e o trabalho?
o: tenho uns amigos que pagam bem para fazer companhia a uns senhores. so umas horas. é por nos"""),
(0, """o: Vagas p/ garotas de 18 a 25 anos, trabalho em casa noturna na Europa, passagem paga, ganho de 5 mil euros/mes. Chama no privado
u: quero saber mais
o: manda 3 fotos e copia do RG"""),
(2, """o: a diaria da pensao subiu, agora é 200
u: mas eu so ganho 150 por dia
o: entao a divida aumenta ne. e nem adianta querer ir embora, a gente sabe onde sua familia mora"""),
(6, """o: boa tarde, a vaga de empregada de mesa na Suiça ainda esta aberta
u: boa tarde, qual o salario?
o: 3500 francos
u: e preciso de falar alemao?
o: nao, o patrao é portugues
u: e alojamento?
o: ficas na casa do patrao com as outras raparigas. pagas-lhe a viagem com o primeiro salario
o: manda-me uma foto de corpo inteiro e a tua idade"""),
(4, """o: amor vc ja pensou em vir me visitar em SP?
u: queria mt
o: eu pago sua passagem, vc fica na minha casa
u: ❤️
o: meu amigo tem um trabalho pra vc la, paga bem. mas nao conta pra ninguem ate chegar, é surpresa"""),
]
PT_B = [
"""o: amg ontem foi mt bom kkkk
u: sim!!
o: me passa as fotos da festa da bia
u: passo no zap, qual teu numero novo
o: 11 98877-1234""",
"""o: onde estas filha?
u: no cafe com a ines
o: estas sozinha depois? vou buscar-te as 8, nao venhas a pe
u: ok pai""",
"""o: Pais, o treino de sabado muda pras 8h
o: Levem o uniforme e a autorizacao assinada pro campeonato em Campinas, o clube paga o onibus
u: ok professor
o: Vou mandar as fotos do jogo no grupo dos pais""",
"""o: adorei nosso date ontem 😊
u: eu tb
o: sexta vamos num barzinho? eu pago
u: bora
o: te busco as 9. manda uma selfie depois q eu quero mostrar pra minha irma quem roubou meu coraçao kkk""",
"""o: Bom dia, fala a Sofia dos Recursos Humanos do Hotel Atlantico
o: Gostariamos de a convidar para entrevista na quinta as 10h, Av. da Liberdade 120
u: obrigada, estarei la
o: Traga o cartao de cidadao e o NIF. Contrato a termo de 6 meses, 900€ + subsidio de alimentacao""",
"""o: prima, aqui em Lisboa ta precisando de gente nos restaurantes
o: mas vem com visto de trabalho certinho, eu te ajudo com a papelada
u: e onde eu fico?
o: aqui em casa ate vc se ajeitar, o Joao ja topou. manda o curriculo q eu entrego no restaurante do meu chefe""",
"""o: troca tua skin da ak pela minha awp?
u: so se colocar mais 2 caixas
o: fechou
o: me add na steam, meu nick é kbça""",
"""o: Ola, sou o dono do apartamento da Rua das Flores. Visita sabado as 10
u: qual o valor do caucao?
o: 3 alugueis, com contrato registrado. Preciso de copia do RG e comprovante de renda""",
"""o: Ola, sou o fotografo da festa de final de ano da escola
o: As fotos vao estar no site da escola, os encarregados de educacao recebem a senha
u: pode mandar-me a minha?
o: Pede aos teus pais para entrarem no site, nao envio fotos diretamente aos alunos""",
"""o: me empresta 50 conto ate sexta?
u: empresto, manda o pix
o: valeu demais, sexta te pago e te pago um açai
u: kkk fechou, nao conta pra Lu q to com grana se nao ela pede tb""",
]

FR_G = [
(4, """o: wesh t trop chaud sur fortnite
u: mdr merci
o: tes parents te laissent jouer tard?
u: ouais ils rentrent tard
o: viens sur snap on parlera mieux, et efface la conv ici stp"""),
(3, """o: coucou ma belle
o: je t'offre une carte cadeau de 50€ si tu veux 🎁
u: pourquoi?
o: parce que t'es gentille. envoie juste une photo de toi, et tu le dis a personne"""),
(6, """o: allo! t'es dans l'equipe de hockey de ma niece non?
u: oui!
o: tsé t'es vraiment bonne
u: merci
o: t'as l'air pas mal plus mature que les autres filles
u: lol
o: je pourrais t'entrainer en prive, je vais te chercher apres l'ecole
u: faut que je demande a ma mere
o: pas besoin de lui dire, ca va etre notre petit secret"""),
(2, """o: tu dors a quelle heure?
u: vers 23h
o: connecte toi a minuit on fait un facetime quand tout le monde dort 🤫"""),
(2, """o: tes parents te comprennent pas, moi si
u: ouais c vrai
o: t'es tellement mature pour ton age
o: viens sur telegram, ici c'est pas prive"""),
(2, """o: slt, tu veux 800 robux?
u: serieux?
o: oui, je te les donne si tu me files ton numero
o: et pas un mot a tes parents hein"""),
(6, """o: salut, c'est Theo du club de manga
u: ah salut
o: t'as lu le dernier tome?
u: oui trop bien
o: je l'ai en edition collector, je peux te le preter
u: trop cool
o: passe chez moi samedi, viens seule, mes colocs seront pas la
o: et dis a tes parents que t'es chez une copine"""),
(2, """o: t'es trop jolie sur ta photo de profil
u: merci
o: je sais que t'es au college mais l'age c'est qu'un chiffre
o: on peut se parler sur whatsapp?"""),
(2, """o: je peux te faire confiance?
u: oui
o: ce qu'on se dit ici, ca reste entre nous. efface nos messages chaque soir"""),
(8, """o: gg
u: gg
o: tu joues souvent?
u: tous les soirs
o: moi aussi, on fait une team?
u: ok
o: t'as discord?
u: oui
o: je t'achete le pass de combat si tu m'envoies une photo de toi
o: entre nous hein"""),
]
FR_R = [
(4, """o: bonjour mon coeur ❤️
u: coucou bb
o: j'ai trouve un taf pour toi a Geneve, dans le bar d'un pote
u: genial mais le billet?
o: il avance tout, tu le rembourseras. envoie moi une photo de ton passeport ce soir"""),
(1, """o: Bonjour, nous recrutons des hotesses pour un salon a Monaco, 400€/jour
o: Logement et transport pris en charge, aucune experience, jolies filles 18-25 ans
u: ca m'interesse
o: envoyez 3 photos dont une en maillot, et votre taille"""),
(2, """o: tu me dois encore le voyage et l'appart
u: je sais je travaille
o: c'est 4000 maintenant. tu sortiras pas tant que c'est pas rembourse"""),
(3, """o: Bonjour Chloe, agence Elite Casting Paris
o: vos photos nous ont plu
u: merci beaucoup!
o: shooting a Beyrouth, 10 jours, 6000€
u: c'est serieux?
o: oui. on paye le vol et l'hotel. on garde votre passeport pendant le sejour pour les formalites"""),
(2, """o: tu veux gagner de l'argent depuis chez toi?
u: c quoi
o: tchat video avec des clients, 150€ la soiree, rien de mal 😉 je t'explique sur telegram"""),
(4, """o: ca va ma puce?
u: fatiguee
o: t'inquiete, bientot tu quittes ce boulot nul
u: ah bon?
o: mon pote cherche des filles pour des soirees privees, tu gagnes en une nuit ce que tu gagnes en un mois
u: c quoi comme soirees
o: tu tiens compagnie, c tout. et tu le dis a personne, meme pas a ta soeur"""),
(2, """o: ma soeur, il y a du travail en Belgique pour les filles, coiffure
u: vraiment? et les papiers?
o: le patron s'occupe de tout, le billet aussi. tu rembourses 5000 en travaillant
o: donne moi ton passeport avant le depart"""),
(1, """o: salut, je cherche une jeune femme pour m'accompagner en voyage
o: tout paye + 1000€ par semaine
u: accompagner comment?
o: etre ma compagne pendant le sejour, discrete. envoie moi des photos"""),
(8, """o: salut! toujours dispo pour le job en Espagne?
u: oui
o: c'est serveuse dans un resto a Barcelone
u: super, c'est combien?
o: 1800 par mois
u: nourrie logee?
o: oui dans un appart avec d'autres filles
u: et le contrat?
o: pas de contrat au debut. le patron garde ton passeport et tu lui rembourses le voyage"""),
(1, """o: hello bb t'es trop belle 😍
o: tu veux devenir modele? je bosse avec des clients a Dubai
u: modele de quoi
o: photos, soirees, tout est paye. t'as juste a venir et faire ce qu'on te dit"""),
]
FR_B = [
"""o: la soiree d'hier c'etait trop bien
u: grave!!
o: ajoute moi sur snap j'ai change de compte, c'est lea.mrn
o: et envoie les photos de la soiree stp
u: je te les envoie ce soir""",
"""o: t'es ou ma cherie?
u: chez Ines
o: sa mere est la?
u: non elle rentre a 8h
o: je viens te chercher a 7h30, rentre pas seule a pied""",
"""o: Bonjour a tous, l'entrainement de mercredi est a 17h au gymnase
o: Pensez a l'autorisation parentale pour le tournoi a Lyon, le club paie le car
u: merci coach""",
"""o: j'ai passe une super soiree hier 😊
u: moi aussi
o: samedi je t'invite au resto?
u: avec plaisir
o: je passe te prendre a 20h. envoie moi une photo de toi ce soir, j'ai deja envie de te revoir""",
"""o: Bonjour, ici Mme Durand, service RH de l'Hotel Le Mistral
o: Nous vous proposons un entretien lundi a 14h, 5 rue de la Republique
u: parfait merci
o: Apportez votre piece d'identite et votre carte vitale. CDD 6 mois, 1800€ brut""",
"""o: allo cousine, y'a de la job a Montreal dans les restos
o: mais faut un permis de travail, je t'aide avec le PVT, c'est legal
u: je resterais ou?
o: chez nous le premier mois. envoie ton CV, je le donne a mon boss""",
"""o: je t'echange mon skin de dragon contre tes 2 skins
u: ok deal
o: ajoute moi sur discord, c max#3321""",
"""o: Bonjour, je suis le proprietaire du studio rue Victor Hugo. Visite samedi 11h
u: le depot de garantie est de combien?
o: un mois, avec bail. J'aurai besoin d'une copie de votre piece d'identite et de vos 3 dernieres fiches de paie""",
"""o: Bonjour, je suis le photographe de la kermesse de l'ecole
o: Les photos seront en ligne sur le site de l'ecole, les parents ont un code
u: vous pouvez m'envoyer la mienne?
o: Demande a tes parents de se connecter, je n'envoie pas de photos aux eleves""",
"""o: tu peux me preter 30 balles jusqu'a vendredi?
u: ouais je te vire
o: t'es au top, je te rembourse vendredi
u: dis rien a karim sinon il va m'en demander aussi mdr""",
]

RO_G = [
(6, """o: salut, joci super bine
u: mersi
o: ai insta? vorbim acolo
u: da
o: parintii tai iti verifica telefonul?
u: uneori
o: atunci sterge mesajele dupa ce vorbim, sa nu se supere degeaba"""),
(3, """o: hei frumoaso
o: vrei un card cadou de 100 lei?
u: de ce?
o: ca esti speciala. trimite-mi doar o poza cu tine si nu spui nimanui 🤫"""),
(4, """o: buna, eu sunt antrenorul de la tabara de inot
u: buna ziua
o: ai progresat foarte mult vara asta
u: mersi mult
o: as putea sa te antrenez separat, doar noi doi, la piscina hotelului
u: trebuie sa o intreb pe mama
o: nu e nevoie, ii zic eu mai tarziu. e surpriza pentru concurs"""),
(2, """o: esti singura acasa?
u: da ai mei sunt la munca
o: hai pe video, porneste camera 📹"""),
(2, """o: esti foarte matura pentru varsta ta
u: serios?
o: da, nu esti ca copiii din clasa ta. hai pe telegram, aici nu e privat"""),
(2, """o: pot sa-ti dau 1000 de robux
u: pe bune??
o: da, dar nu le zici la parinti, ok?
o: si trimite-mi un selfie sa stiu ca esti tu"""),
(6, """o: salut, am vazut ca si tu desenezi anime
u: da!
o: ai talent serios
u: mersi
o: am niste markere profesionale pe care nu le mai folosesc
u: wow
o: ti le dau, vino sambata in parc, dar singura
o: si nu le spune alor tai ca primesti de la mine"""),
(2, """o: esti tare draguta
u: mersi
o: stiu ca esti la gimnaziu dar varsta e doar un numar"""),
(2, """o: hai pe snap
u: de ce
o: acolo mesajele dispar si nu le vede nimeni 😉 nici mama ta"""),
(8, """o: gg
u: gg
o: te joci des?
u: in fiecare seara
o: facem echipa?
u: ok
o: ai whatsapp?
u: da
o: iti dau 50 lei pe revolut daca vorbim pe whatsapp noaptea cand dorm ai tai
o: dar ramane intre noi"""),
]
RO_R = [
(4, """o: buna dimineata iubita mea ❤️
u: buna iubi
o: am vorbit cu varul meu din Anglia, ne da de lucru la el la spalatorie
u: si biletul?
o: il plateste el, ii dam banii inapoi din salariu. trimite-mi poza la pasaport diseara
o: si nu-i zice lu maica-ta, stii ca nu ma place"""),
(0, """o: Angajam fete 18-25 ani pentru bar in Germania, 3000 euro/luna, cazare si transport asigurate, fara experienta
u: ce trebuie sa fac?
o: sa fii draguta cu clientii 😉 trimite 3 poze si copie dupa buletin"""),
(2, """o: mai ai de dat pentru drum si chirie
u: stiu, muncesc in fiecare zi
o: acum sunt 2000 de euro. si actele raman la mine pana platesti tot"""),
(3, """o: Buna, suntem o agentie de modele din Milano
o: ne-au placut pozele tale
u: multumesc!
o: avem un contract in Dubai, 2 saptamani, 5000 euro, totul platit
u: si ce trebuie sa fac?
o: sedinte foto si sa insotesti clientii la evenimente. pasaportul il tinem noi pentru viza"""),
(2, """o: vrei sa castigi bani de acasa?
u: cum?
o: videochat cu clienti din strainatate, 100 euro pe seara. te adaug pe whatsapp sa-ti explic"""),
(4, """o: unde ai fost?
u: cu fetele la suc
o: ti-am zis ca nu-mi plac prietenele tale, te invata prostii
u: bine...
o: ai nevoie de bani? un prieten de-al meu cauta fete pentru petreceri private in Italia
u: ce petreceri
o: stai cu baietii, bei ceva, esti draguta. drumul il platim noi, dai inapoi din ce castigi"""),
(6, """o: buna, cauti de lucru ca badanta in Italia?
u: da, am mai lucrat
o: 1000 euro, cu masa si casa
u: e contract?
o: se face acolo. transportul il plateste omul meu
u: cand plec?
o: duminica. iti tin eu pasaportul pe drum, sa nu-l pierzi. si imi datorezi 500 pentru transport"""),
(1, """o: salut, caut o tanara care sa ma insoteasca in vacanta
o: totul platit + 1000 euro pe saptamana
u: sa te insotesc cum?
o: discreta, sa fii cu mine. trimite-mi poze"""),
(6, """o: salut! mai esti interesata de lucru in Spania?
u: da
o: la cules capsuni, 50 euro pe zi
u: bine. cazare?
o: da, intr-o casa cu alte fete
u: si contract?
o: nu e nevoie la inceput. seful iti tine actele si ii dai banii de drum inapoi
o: si dupa program mai sunt si alte treburi pentru sef, platite separat"""),
(0, """o: hei frumoaso 😍 vrei sa lucrezi ca model in Turcia?
u: ce fel de model
o: poze, petreceri, clienti VIP. totul platit, doar sa faci ce ti se spune"""),
]
RO_B = [
"""o: aseara a fost super
u: daa
o: adauga-ma pe snap, am cont nou, e ioana.m22
o: si trimite-mi pozele de la petrecere
u: ti le trimit diseara""",
"""o: unde esti puiule?
u: la Maria
o: e mama ei acasa?
u: nu, vine la 8
o: vin eu dupa tine la 7, nu veni singura pe jos. si nu-i spune lui unchiu, il surprindem cu tortul""",
"""o: Buna ziua parinti, antrenamentul de joi e la 18:00 la sala
o: Aduceti acordul semnat pentru turneul de la Cluj, clubul plateste autocarul si cazarea
u: multumim""",
"""o: mi-a placut mult aseara 😊
u: si mie
o: sambata te invit la film?
u: sigur
o: trec sa te iau la 8. trimite-mi un selfie, mi-e dor deja""",
"""o: Buna ziua, sunt Andreea de la HR, Hotel Central Brasov
o: Va invitam la interviu marti la 10, str. Republicii 5, receptie
u: multumesc, vin
o: Aduceti buletinul si CV-ul. Contract pe perioada nedeterminata, 3500 lei net""",
"""o: verisoara, la depozitul unde lucrez in Olanda se angajeaza
o: contract legal prin agentie, 14 euro pe ora, te ajuta cu inregistrarea la primarie
u: unde stau?
o: la noi prima luna, am vorbit cu Mihai. aplica intai pe site, iti trimit linkul""",
"""o: schimbi skinul tau de ak pe al meu de awp?
u: daca pui si 2 chei
o: gata, adauga-ma pe steam""",
"""o: Buna ziua, sunt proprietarul apartamentului din Titan. Vizionare sambata la 11
u: cat e garantia?
o: o chirie, cu contract inregistrat la ANAF. Am nevoie de o copie dupa buletin""",
"""o: Buna, sunt fotograful de la serbarea scolii
o: Pozele vor fi pe site-ul scolii, parintii primesc parola
u: imi puteti trimite poza mea?
o: Roaga-ti parintii sa intre pe site, nu trimit poze direct elevilor""",
"""o: imi imprumuti 100 de lei pana vineri?
u: da, iti trimit pe revolut
o: esti cea mai tare, vineri ti-i dau inapoi
u: haha si sa nu-i zici lu Andrei, ca vrea si el mereu""",
]

# (lang, grooming list, recruitment list, benign list) in file order
BY_LANG = [("en", EN_G, EN_R, EN_B), ("es", ES_G, ES_R, ES_B), ("pt", PT_G, PT_R, PT_B),
           ("fr", FR_G, FR_R, FR_B), ("ro", RO_G, RO_R, RO_B)]


def build() -> None:
    """Write fresh2.jsonl, fresh2_dev.jsonl and fresh2_holdout.jsonl from the lists above."""
    rows = []
    for lang, grooming, recruitment, benign in BY_LANG:
        assert len(grooming) == len(recruitment) == len(benign) == 10, lang
        for k in range(10):
            for category, first, script in (("grooming", *grooming[k]), ("recruitment", *recruitment[k]),
                                            (None, None, benign[k])):
                split = "holdout" if len(rows) % 5 in (0, 1) else "dev"
                chat_id = f"fresh2-{lang}-{category or 'benign'}-{k}"
                rows.append(labelled_chat(chat_id, script, category, first, lang, split))
    write_splits(rows, "fresh2")
    print(len(rows), "chats;", sum(r["label"]["split"] == "dev" for r in rows), "dev")


if __name__ == "__main__":
    build()
