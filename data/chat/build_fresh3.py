# ruff: noqa: E501  (chat messages are kept on one line each)
"""Build the "fresh3" hand-written conversation set: 100 chats (20 per language: 10 grooming of minors,
10 hard ordinary chats with minors or young people), written before reading the cues or the detector
code, in a fourth hand. Grooming happens in online games, Discord-like servers, Instagram / TikTok DMs,
through a "modelling scout", an older "boyfriend" or a coach: slow trust building, compliments, gifts and
game credits, isolation from the parents, secrecy, moving to private apps, meeting up. Most chats never ask
the age, and the risk appears anywhere from message 1 to message 10. Ordinary chats share the vocabulary:
an aunt keeping a surprise secret and picking the child up, a teacher asking for a photo of the homework,
a coach changing training and driving kids home, teammates gifting a battle pass and moving to Discord, a
friend's parent arranging a sleepover ("is your mum home?"), a tutor on video at 7 pm, a youth worker's
confidential chat, a cousin's gift card, an older sibling checking she is home alone, a drama club's
photos. Regional variants (es Spain / Mexico / Argentina / Colombia, pt Brazil / Portugal, fr France /
Québec / Belgium), slang, typos, emoji. Nothing sexual is described: the manipulation tactics are enough.

Lines start with "o:" (other party) or "u:" (the protected person). `first` is the index of the first
message that justifies a warning.

Split by a fixed rule chosen before the first run: 0-based line index i in fresh3.jsonl, i % 5 in
{0, 1} -> `fresh3_holdout.jsonl` (not read while fixing), else `fresh3_dev.jsonl`. Chats are written in
the order (grooming k, benign k) for k = 0..9, per language, so the same position in each language falls
in the same split.

    .venv/bin/python data/chat/build_fresh3.py
"""

from __future__ import annotations

# Run as a script from any folder: its own folder is on sys.path, so the probe builder is importable.
from build_probe import labelled_chat, write_splits

EN_G = [
(4, """o: gg that last round was insane, u carried us
u: lol thx
o: ur honestly the best support in this lobby. how long u been playing?
u: like since summer
o: ill send u 2000 credits for the new skin, just dont tell anyone i gave them ok? people get jealous
u: omg fr?? thank u
o: np. add me on telegram tho, its easier to talk there"""),
(3, """o: hiii saw ur reel from the beach, u have such a unique look 😍
u: thank youu
o: im a scout for a model agency in london, we sign new faces every season
o: can u send me a few pics in ur room, no makeup, like natural? dont ask ur mum yet, we like to surprise parents with the contract
u: um ok maybe
o: perfect. and delete this convo after, agency rules"""),
(2, """o: how was school babe
u: boring. mum grounded me again 🙄
o: she doesnt get us. nobody does. u only need me
u: i know
o: delete our msgs before she checks ur phone ok
u: ok
o: and tomorrow i wait for u round the corner after class, dont tell ur friends"""),
(5, """o: great effort at practice today, your backhand is coming along
u: thanks coach!
o: you've got real potential, more than the others honestly
u: really?
o: I mean it. I could give you extra one-on-one sessions
o: at my flat, Sunday. no need to bother your mom with it, she'd only worry about paying
u: ok i guess
o: keep it between us, the other girls would feel left out"""),
(6, """o: welcome to the server! love ur pfp
u: ty!! i drew it
o: no way, ur talented fr
u: 😊
o: ur like my fav person here tbh
u: aw same
o: dm me on telegram instead, the mods log everything here and they're nosy
u: whats ur @
o: ill send it. use the secret chat thing"""),
(2, """o: saw ur dance video, u move like a pro
u: haha thanks
o: ur so mature for ur age, way more than the girls in my class lol
u: hahah
o: whats ur snap? wanna send u something just for u"""),
(10, """o: yo u still need the blue key for level 7?
u: yeah i cant find it
o: its behind the waterfall, jump left
u: found it!!! ty
o: np. u play every night?
u: mostly after homework
o: same lol. whats ur fav map
u: the desert one
o: nice. btw do ur parents check ur phone?
u: sometimes why
o: we should use another app they dont know about, so they dont take it off u"""),
(3, """o: ur so easy to talk to, i feel like i know u forever
u: me too
o: ur mum always takes ur phone at 9 right?
o: i can send u a new phone so we can talk whenever u want, just keep it hidden from ur dad
u: wait seriously??
o: yes. its a secret between us ok 🤫"""),
(4, """o: heyyy im 15 too, we go to the same type of school haha
u: lol cool
o: u seem really chill
u: u too
o: lets video call tonight when ur parents are asleep, cam on ok? just us
u: idk
o: dont tell anyone, they'll make it weird"""),
(3, """o: hi! we met at the skatepark, i took photos of the session
u: oh yeah hi
o: u were the best one there. i do photoshoots for brands
o: i can pay u £50 for a shoot. come alone tho, i pick u up near school on friday
u: can my friend come
o: no just u, its more professional that way. dont mention it at home"""),
]

EN_B = [
"""o: hey sweetie it's auntie jo!
u: hiii
o: we're throwing mum a surprise party on saturday, don't tell her!! 🤫
u: omg ok my lips are sealed
o: i'll pick you up from school at 3 and we'll set up at my place
u: yesss
o: dad knows, he'll bring your brother at 6""",
"""o: Hi Maya, Ms Clarke here from the school portal. Your essay draft wasn't attached
u: oh sorry miss
o: No problem, just send me a photo of the worksheet tonight
u: ok sending now
o: Got it. Really mature writing for Year 8, well done. See you in class tomorrow""",
"""o: hi all, training moves to 6pm thursday, pitch 2
u: ok coach
o: bring boots and water. if your dad can't collect you i can drop you home with the Patels
u: ok ill ask him
o: text him now pls so i know before thursday""",
"""o: bro we need a 4th for ranked
u: im in
o: add me on discord its easier than game chat, tomfromclass#22
u: added
o: i got bday money ill gift u the battle pass so we can do challenges together
u: no way thanks man""",
"""o: Hi Ella, it's Sophie's mum! Is your mum home? I wanted to sort out Friday's sleepover
u: she's at work til 6
o: No worries, could you send me her number? I'll text her about pick up
u: its 07700 900123
o: Thanks love. I'll pick you both up from school and she can collect you Saturday morning""",
"""o: Hi Jamie, tutor Dan here. Next maths session Tuesday 7pm on Zoom
u: ok
o: Make sure your camera works, I need to see your working. Your mum has paid for the month
u: ok will do
o: Great, bring the fractions worksheet""",
"""o: hey it's Priya from the youth centre. how are you doing after last week?
u: bit better
o: glad. you can always talk to me, what you say stays between us
o: unless i think you're in danger, then i have to tell someone who can help. that's the rule
u: ok thats fair
o: drop-in is open wednesday 4-6 if you want to come""",
"""o: happy bday kiddo!! 🎂 sent u a £20 gift card for the game store
u: OMG thank u!!!
o: dont tell grandma i sent more than her lol she'll be offended
u: hahaha ok
o: love u, see u at christmas""",
"""o: u home alone?
u: yeah mum's at the shop
o: she asked me to check on u. lock the door and dont open for anyone
u: ok
o: i'll be back from uni at 8, save me some pizza""",
"""o: Drama club: photos from the show are up on the school drive 🎭
u: yay
o: Parents can download them with the class code. If you don't want to be in the public ones tell me
u: im fine with it
o: Great performance everyone!""",
]

ES_G = [
(5, """o: wey q buena jugada, nos salvaste la partida
u: jaja grax
o: eres el mejor del squad neta
u: 😎
o: cuanto llevas jugando?
o: te regalo 1500 pavos pa la skin nueva pero no le digas a nadie q te los di, luego todos me piden
u: en serio? gracias!!
o: agregame en telegram y ahi platicamos mas tranqui"""),
(3, """o: hola linda, vi tus fotos en insta, tienes una cara muy fotogenica
u: gracias 😊
o: trabajo para una agencia de modelos en madrid, buscamos caras nuevas
o: mandame unas fotos en tu cuarto, sin maquillaje, natural. no le digas a tu mama todavia, es mejor darle la sorpresa con el contrato
u: vale
o: y borra el chat despues, normas de la agencia"""),
(2, """o: q tal el cole bebe
u: un rollo. mi vieja me castigo otra vez
o: no nos entiende, nadie nos entiende. vos solo me necesitas a mi
u: ya se
o: borra los mensajes antes q te revise el celu
u: dale
o: mañana te espero a la vuelta del colegio, no le digas a tus amigas"""),
(4, """o: muy bien el entreno de hoy, se nota q mejoras
u: gracias profe!
o: tienes mucho potencial, mas q las demas
u: de verdad?
o: te puedo dar clases particulares en mi casa el domingo, no hace falta q se lo digas a tu madre, que luego se preocupa por el dinero
u: bueno
o: q quede entre nosotros, las otras se pondrian celosas"""),
(5, """o: bienvenida al server!! me encanta tu foto de perfil
u: gracias la dibuje yo
o: q talento parce
u: 😊
o: eres mi persona favorita del server la verdad
o: escribeme por telegram mejor, aca los mods leen todo y son re chismosos
u: cual es tu @
o: te lo paso, usa el chat secreto"""),
(2, """o: vi tu video bailando, bailas re bien
u: jaja gracias
o: eres muy madura para tu edad, mucho mas q las de mi clase
u: jajaja
o: pasame tu snap, te quiero mandar algo solo para ti"""),
(10, """o: oye aun necesitas la llave azul del nivel 7?
u: si no la encuentro
o: esta detras de la cascada, salta a la izq
u: la tengo!! gracias
o: de nada. juegas todas las noches?
u: casi siempre despues de los deberes
o: yo igual jaja. cual es tu mapa fav
u: el del desierto
o: chido. oye tus papas te revisan el cel?
u: a veces pq
o: mejor hablamos por otra app q ellos no conozcan, asi no te lo quitan"""),
(3, """o: contigo se habla tan facil, siento q te conozco de siempre
u: yo tmb
o: tu mama te quita el movil a las 9 no?
o: te puedo mandar un movil nuevo pa q hablemos cuando quieras, solo escondelo de tu padre
u: en serio??
o: si. es un secreto entre los dos 🤫"""),
(4, """o: holaaa yo tambien tengo 14 jaja
u: q guay
o: pareces muy maja
u: tu tb
o: hacemos videollamada esta noche cuando tus padres esten dormidos? con camara, solo nosotros
u: nose
o: no se lo digas a nadie, lo harian raro"""),
(3, """o: hola! nos vimos en el skatepark, hice fotos de la sesion
u: ah si hola
o: eras el mejor de todos. hago sesiones de fotos para marcas
o: te pago 50 euros por una sesion. pero ven solo, te recojo cerca del insti el viernes
u: puede venir mi amigo
o: no, solo tu, es mas profesional. no lo comentes en casa"""),
]

ES_B = [
"""o: hola cariño soy la tia Carmen!
u: holaaa
o: el sabado le hacemos una fiesta sorpresa a tu madre, no le digas nada!! 🤫
u: vale no digo nada
o: te recojo del cole a las 3 y preparamos todo en mi casa
u: siii
o: tu padre lo sabe, trae a tu hermano a las 6""",
"""o: Hola Lucia, soy la profe Marta desde la plataforma del colegio. No adjuntaste la redaccion
u: perdon profe
o: No pasa nada, mandame una foto de la ficha esta noche
u: ya se la envio
o: Recibida. Escribes con mucha madurez para 2 de la ESO, muy bien. Nos vemos mañana en clase""",
"""o: hola chicos, el entreno del jueves pasa a las 6 en la cancha 2
u: ok mister
o: traed botas y agua. si tu papa no puede recogerte te llevo a casa con los Garcia
u: le pregunto
o: escribele ahora porfa asi lo se antes del jueves""",
"""o: wey nos falta uno pa la competitiva
u: me apunto
o: agregame en discord es mas facil q el chat del juego, pablo_del_salon#22
u: listo
o: me dieron lana por mi cumple, te regalo el pase de batalla pa hacer los retos juntos
u: no manches gracias carnal""",
"""o: Hola Sofia, soy la mama de Valeria! Esta tu mama en casa? Queria organizar la pijamada del viernes
u: esta trabajando hasta las 6
o: Tranquila, me pasas su numero? Le escribo para lo de recogerte
u: es el 612 345 678
o: Gracias guapa. Os recojo a las dos del colegio y ella te recoge el sabado por la mañana""",
"""o: Hola Diego, soy Andres el profe particular. La clase de mates es el martes a las 7 por Zoom
u: ok
o: Asegurate de q funcione la camara, necesito ver tus cuentas. Tu mama ya pago el mes
u: vale
o: Genial, ten a mano la ficha de fracciones""",
"""o: hola soy Laura del centro juvenil. como estas despues de lo de la semana pasada?
u: un poco mejor
o: me alegro. siempre puedes hablar conmigo, lo q me cuentes queda entre nosotras
o: salvo q crea q estas en peligro, ahi tengo q avisar a alguien q te pueda ayudar. es la norma
u: vale me parece bien
o: el miercoles de 4 a 6 esta abierto por si quieres venir""",
"""o: feliz cumple mi niño!! 🎂 te mande una tarjeta de 20 euros para la tienda del juego
u: GRACIAS!!!
o: no le digas a la abuela q te mande mas q ella jaja q se ofende
u: jajaja vale
o: te quiero, nos vemos en navidad""",
"""o: estas solo en casa?
u: si mama fue al super
o: me pidio q te vigilara. cierra con llave y no le abras a nadie
u: ok
o: llego de la facu a las 8, guardame pizza""",
"""o: Grupo de teatro: las fotos de la funcion ya estan en el drive del cole 🎭
u: bieen
o: Los padres las pueden descargar con el codigo de clase. Si no quieres salir en las publicas decidmelo
u: a mi me da igual
o: Muy buena funcion a todos!""",
]

PT_G = [
(4, """o: mano q jogada foi essa, vc carregou a gente
u: kkk vlw
o: vc é o melhor suporte do lobby serio
u: 😎
o: vou te mandar 1500 robux pra skin nova mas nao conta pra ninguem q fui eu, senao todo mundo pede
u: serio?? valeu!!
o: me add no telegram, la a gente conversa melhor"""),
(3, """o: oi linda, vi suas fotos no insta, vc tem um rosto muito fotogenico
u: obrigada 😊
o: sou olheiro de uma agencia de modelos em sp, procuramos rostos novos
o: me manda umas fotos no seu quarto, sem maquiagem, natural. nao fala pra sua mae ainda, a gente gosta de fazer surpresa com o contrato
u: ta bom
o: e apaga a conversa depois, regra da agencia"""),
(2, """o: como foi a escola amor
u: chata. minha mae me deixou de castigo de novo
o: ela nao entende a gente. ninguem entende. vc so precisa de mim
u: eu sei
o: apaga as msgs antes dela olhar teu celular
u: ok
o: amanha te espero na esquina depois da aula, nao conta pras tuas amigas"""),
(5, """o: otimo treino hoje, o teu remate esta a melhorar
u: obrigado mister!
o: tens muito potencial, mais do que os outros
u: a serio?
o: a serio. posso dar-te treinos extra so nos dois
o: la em casa, domingo. nao e preciso dizer a tua mae, ela so se ia preocupar com o dinheiro
u: pode ser
o: fica entre nos, os outros iam ficar com ciumes"""),
(6, """o: bem vinda ao server! amei tua foto de perfil
u: obg eu que desenhei
o: nossa vc é muito talentosa
u: 😊
o: vc é minha pessoa favorita daqui na real
u: aw vc tbm
o: me chama no telegram, aqui os mods leem tudo e sao muito fofoqueiros
u: qual teu @
o: ja te mando. usa o chat secreto"""),
(2, """o: vi teu video dançando, vc dança mt bem
u: kkk obg
o: vc é muito madura pra sua idade, bem mais q as meninas da minha sala
u: kkkk
o: me passa teu snap, quero te mandar uma coisa so pra vc"""),
(10, """o: ei ainda precisa da chave azul da fase 7?
u: sim nao acho
o: ta atras da cachoeira, pula pra esquerda
u: achei!!! vlw
o: nada. vc joga toda noite?
u: quase sempre depois da licao
o: eu tbm kkk. qual teu mapa favorito
u: o do deserto
o: massa. teus pais olham teu celular?
u: as vezes pq
o: bora usar outro app q eles nao conhecem, assim nao te tiram o celular"""),
(3, """o: contigo e tao facil falar, parece que te conheço ha anos
u: eu tambem
o: a tua mae tira-te o telemovel as 9 nao e?
o: posso mandar-te um telemovel novo para falarmos quando quiseres, so tens de o esconder do teu pai
u: a seeerio??
o: sim. e um segredo nosso 🤫"""),
(4, """o: oiii eu tbm tenho 14 kkk
u: q legal
o: vc parece mt gente boa
u: vc tbm
o: bora fazer chamada de video hj de noite quando teus pais dormirem? camera ligada, so nos dois
u: sei la
o: nao conta pra ninguem, eles iam achar estranho"""),
(3, """o: ola! vimo-nos no skatepark, tirei fotos da sessao
u: ah sim ola
o: foste o melhor de todos. faço sessoes de fotos para marcas
o: pago-te 50 euros por uma sessao. mas vem sozinho, vou buscar-te perto da escola na sexta
u: o meu amigo pode vir
o: nao, so tu, e mais profissional. nao comentes em casa"""),
]

PT_B = [
"""o: oi querida aqui e a tia Ana!
u: oiii
o: sabado vamos fazer uma festa surpresa pra sua mae, nao conta nada!! 🤫
u: ok boca fechada
o: te busco na escola as 3 e a gente arruma tudo aqui em casa
u: ebaaa
o: seu pai ja sabe, ele leva seu irmao as 6""",
"""o: Ola Beatriz, e a professora Helena na plataforma da escola. Nao anexaste a composicao
u: desculpe professora
o: Nao faz mal, envia-me uma fotografia da ficha hoje a noite
u: ja envio
o: Recebida. Escreves com muita maturidade para o 8 ano, parabens. Ate amanha na aula""",
"""o: pessoal, o treino de quinta passa pras 18h no campo 2
u: ok professor
o: tragam chuteira e agua. se teu pai nao puder te buscar eu te levo com os Silva
u: vou perguntar
o: manda msg pra ele agora pfv pra eu saber antes de quinta""",
"""o: mano falta um pro ranqueado
u: bora
o: me add no discord e mais facil q o chat do jogo, lucas_da_sala#22
u: add
o: ganhei grana de aniversario, vou te dar o passe de batalha pra gente fazer os desafios junto
u: caraca valeu mano""",
"""o: Oi Julia, aqui e a mae da Manu! Sua mae ta em casa? Queria combinar a festa do pijama de sexta
u: ela ta no trabalho ate as 6
o: Tranquilo, me passa o numero dela? Mando msg pra combinar de te buscar
u: e 11 98765 4321
o: Obrigada querida. Busco vcs duas na escola e ela te pega sabado de manha""",
"""o: Ola Tomas, e o explicador Rui. A explicacao de matematica e terca as 19h no Zoom
u: ok
o: Ve se a camara funciona, preciso de ver as tuas contas. A tua mae ja pagou o mes
u: esta bem
o: Otimo, tem a ficha das fracoes a mao""",
"""o: oi aqui e a Carla do centro de juventude. como vc ta depois da semana passada?
u: um pouco melhor
o: que bom. vc sempre pode falar comigo, o que vc me contar fica entre a gente
o: a nao ser que eu ache que vc ta em perigo, ai tenho que avisar alguem que possa ajudar. e a regra
u: ok justo
o: quarta das 4 as 6 ta aberto se quiser vir""",
"""o: feliz aniversario meu bem!! 🎂 te mandei um vale de 100 reais pra loja do jogo
u: OBRIGADAAA!!!
o: nao conta pra vovo q mandei mais q ela kkk ela fica chateada
u: kkkk ok
o: te amo, te vejo no natal""",
"""o: ta sozinha em casa?
u: to a mae foi no mercado
o: ela pediu pra eu ficar de olho. tranca a porta e nao abre pra ninguem
u: ok
o: chego da facul as 8, guarda pizza pra mim""",
"""o: Grupo de teatro: as fotos da peça ja estao no drive da escola 🎭
u: eba
o: Os pais podem baixar com o codigo da turma. Se nao quiser aparecer nas publicas me avisa
u: por mim tudo bem
o: Otima apresentacao pessoal!""",
]

FR_G = [
(4, """o: wsh t'as géré la derniere manche, tu nous as portés
u: mdr merci
o: t le meilleur support du lobby franchement
u: 😎
o: je t'envoie 1500 v-bucks pour le skin mais dis a personne que c moi, sinon tout le monde m'en demande
u: serieux?? merci!!
o: ajoute moi sur telegram on parlera mieux la bas"""),
(3, """o: coucou, j'ai vu tes photos sur insta, t'as un visage super photogenique
u: merci 😊
o: je suis recruteur pour une agence de mannequins a paris, on cherche des nouveaux visages
o: envoie moi quelques photos dans ta chambre, sans maquillage, naturelle. dis rien a ta mere pour l'instant, on prefere lui faire la surprise avec le contrat
u: ok
o: et supprime la conv apres, regle de l'agence"""),
(2, """o: c'etait comment l'ecole bebe
u: nul. ma mere m'a encore punie
o: elle nous comprend pas. personne nous comprend. t'as besoin que de moi
u: je sais
o: efface nos messages avant qu'elle fouille ton tel
u: ok
o: demain je t'attends au coin apres les cours, dis rien a tes copines"""),
(4, """o: super entrainement aujourd'hui, ton revers progresse
u: merci coach!
o: t'as vraiment du potentiel, plus que les autres
u: c vrai?
o: je peux te donner des seances en tete a tete chez moi dimanche, pas besoin d'en parler a ta mere, elle va juste s'inquieter pour l'argent
u: ok
o: que ca reste entre nous, les autres seraient jalouses"""),
(6, """o: bienvenue sur le serveur! j'adore ta pp
u: merci c moi qui l'ai dessinee
o: t'es trop douee
u: 😊
o: t'es genre ma personne preferee ici
u: aww pareil
o: ecris moi sur telegram plutot, ici les modos lisent tout et ils sont trop curieux
u: c quoi ton @
o: je te l'envoie. mets la conversation secrete"""),
(2, """o: j'ai vu ta video de danse, tu danses trop bien
u: hihi merci
o: t'es super mature pour ton age, bien plus que les filles de ma classe
u: mdrr
o: passe moi ton snap, je veux t'envoyer un truc rien que pour toi"""),
(10, """o: t'as toujours besoin de la clé bleue du niveau 7?
u: oui je la trouve pas
o: elle est derriere la cascade, saute a gauche
u: trouvée!!! merci
o: de rien. tu joues tous les soirs?
u: presque apres les devoirs
o: pareil mdr. c quoi ta map preferee
u: celle du desert
o: sympa. tes parents regardent ton tel?
u: des fois pk
o: on devrait utiliser une autre appli qu'ils connaissent pas, comme ca ils te le confisquent pas"""),
(3, """o: c tellement facile de te parler, j'ai l'impression de te connaitre depuis toujours
u: moi aussi
o: ta mere te prend ton cell a 9h c ca?
o: je peux t'envoyer un nouveau cell pour qu'on se parle quand tu veux, cache le juste a ton pere
u: pour vrai??
o: oui. c'est notre secret 🤫"""),
(4, """o: coucou moi aussi j'ai 14 ans mdr
u: cool
o: t'as l'air trop sympa
u: toi aussi
o: on fait un appel video ce soir quand tes parents dorment? camera allumee, juste nous deux
u: jsp
o: le dis a personne, ils vont trouver ca bizarre"""),
(3, """o: salut! on s'est vus au skatepark, j'ai pris des photos de la session
u: ah ouais salut
o: t'etais le meilleur. je fais des shootings pour des marques
o: je te paie 50 euros pour un shooting. mais viens seul, je te recupere pres du college vendredi
u: mon pote peut venir?
o: non juste toi, c plus pro. en parle pas a la maison"""),
]

FR_B = [
"""o: coucou ma puce c'est tata Sylvie!
u: coucouu
o: samedi on fait une fete surprise a ta maman, dis lui rien!! 🤫
u: promis je dis rien
o: je te recupere a l'ecole a 15h et on prepare tout chez moi
u: ouiii
o: ton pere est au courant, il ramene ton frere a 18h""",
"""o: Bonjour Chloé, c'est Mme Martin sur Pronote. Ta rédaction n'était pas jointe
u: pardon madame
o: Pas grave, envoie moi une photo de la fiche ce soir
u: je l'envoie
o: Reçue. Tu écris avec beaucoup de maturité pour une 4e, bravo. A demain en classe""",
"""o: salut la gang, la pratique de jeudi est deplacee a 18h terrain 2
u: ok coach
o: apportez crampons et eau. si ton pere peut pas venir te chercher je te ramene avec les Tremblay
u: je lui demande
o: texte lui tout de suite svp que je sache avant jeudi""",
"""o: frero il nous manque un 4e pour la ranked
u: chui la
o: ajoute moi sur discord c plus simple que le chat du jeu, hugo_de_la_classe#22
u: ajouté
o: j'ai eu des sous pour mon anniv, je t'offre le passe de combat pour qu'on fasse les defis ensemble
u: trop bien merci""",
"""o: Bonjour Emma, c'est la maman de Léa! Ta maman est à la maison? Je voulais organiser la soirée pyjama de vendredi
u: elle travaille jusqu'a 18h
o: Pas de souci, tu peux m'envoyer son numéro? Je lui écris pour venir te chercher
u: c'est le 06 12 34 56 78
o: Merci ma belle. Je vous récupère toutes les deux à l'école et elle viendra te chercher samedi matin""",
"""o: Bonjour Nathan, c'est Marc ton prof particulier. Le cours de maths est mardi à 19h sur Zoom
u: ok
o: Vérifie que ta caméra marche, j'ai besoin de voir tes calculs. Ta maman a déjà payé le mois
u: d'accord
o: Super, prépare la fiche sur les fractions""",
"""o: salut c'est Julie de la maison des jeunes. ca va depuis la semaine passee?
u: un peu mieux
o: contente. tu peux toujours me parler, ce que tu me dis reste entre nous
o: sauf si je pense que t'es en danger, la je dois prevenir quelqu'un qui peut t'aider. c'est la regle
u: ok c normal
o: mercredi de 16h a 18h c'est ouvert si tu veux passer""",
"""o: joyeux anniversaire mon grand!! 🎂 je t'ai envoyé une carte de 20 euros pour la boutique du jeu
u: MERCIII!!!
o: dis pas a mamie que j'ai mis plus qu'elle mdr elle va se vexer
u: mdrr ok
o: bisous, on se voit a noel""",
"""o: t'es seule a la maison?
u: oui maman est partie faire les courses
o: elle m'a demande de verifier. ferme a clé et ouvre a personne
u: ok
o: je rentre de la fac a 20h, garde moi de la pizza""",
"""o: Atelier théâtre : les photos du spectacle sont sur l'ENT 🎭
u: youpi
o: Les parents peuvent les télécharger avec le code de la classe. Si tu veux pas être sur les photos publiques dis le moi
u: ca me va
o: Bravo à tous pour la représentation!""",
]

RO_G = [
(4, """o: frate ce faza ai dat, ne-ai carat tot meciul
u: haha mersi
o: esti cel mai bun support din lobby serios
u: 😎
o: iti trimit 1500 de credite pt skinul nou dar nu zice la nimeni ca eu ti le-am dat, ca dupa imi cer toti
u: serios?? mersii!!
o: adauga-ma pe telegram, acolo vorbim mai bine"""),
(3, """o: buna, ti-am vazut pozele pe insta, ai o fata super fotogenica
u: mersi 😊
o: lucrez pentru o agentie de modele din bucuresti, cautam fete noi
o: trimite-mi cateva poze in camera ta, fara machiaj, naturala. nu-i zice inca lu mama ta, ne place sa-i facem surpriza cu contractul
u: ok
o: si sterge conversatia dupa, asa e regula la agentie"""),
(2, """o: cum a fost la scoala iubi
u: nasol. mama m-a pedepsit iar
o: nu ne intelege. nimeni nu ne intelege. tu ai nevoie doar de mine
u: stiu
o: sterge mesajele inainte sa se uite in telefonul tau
u: ok
o: maine te astept dupa colt dupa ore, nu le zice prietenelor tale"""),
(5, """o: foarte bun antrenamentul de azi, reverul tau se imbunatateste
u: multumesc antrenore!
o: ai potential adevarat, mai mult decat celelalte
u: serios?
o: serios. pot sa-ti fac antrenamente in plus doar noi doi
o: la mine acasa, duminica. nu e nevoie sa-i spui mamei tale, o sa-si faca griji doar de bani
u: bine
o: sa ramana intre noi, celelalte ar fi geloase"""),
(6, """o: bine ai venit pe server! imi place poza ta de profil
u: mersi eu am desenat-o
o: esti super talentata
u: 😊
o: esti cam persoana mea preferata de aici sincer
u: aww la fel
o: scrie-mi pe telegram mai bine, aici moderatorii citesc tot si sunt curiosi
u: care e id-ul tau
o: ti-l trimit. pune chatul secret"""),
(2, """o: am vazut clipul tau cu dansul, dansezi super
u: hihi mersi
o: esti foarte matura pentru varsta ta, mult mai mult decat fetele din clasa mea
u: hahaha
o: da-mi snapul tau, vreau sa-ti trimit ceva doar pentru tine"""),
(10, """o: mai ai nevoie de cheia albastra de la nivelul 7?
u: da nu o gasesc
o: e in spatele cascadei, sari la stanga
u: am gasit-o!!! mersi
o: n-ai pentru ce. joci in fiecare seara?
u: aproape dupa teme
o: si eu haha. care e harta ta preferata
u: aia cu desertul
o: tare. ai tai se uita in telefonul tau?
u: uneori dc
o: hai sa folosim alta aplicatie pe care n-o stiu ei, ca sa nu ti-l ia"""),
(3, """o: e asa usor sa vorbesc cu tine, simt ca te stiu de o viata
u: si eu
o: mama ta iti ia telefonul la 9 nu?
o: pot sa-ti trimit un telefon nou ca sa vorbim cand vrei, doar ascunde-l de tatal tau
u: pe bune??
o: da. e secretul nostru 🤫"""),
(4, """o: heii si eu am 14 ani haha
u: tare
o: pari foarte de treaba
u: si tu
o: facem apel video diseara cand dorm ai tai? cu camera pornita, doar noi doi
u: nush
o: nu zice la nimeni, ar face din asta ceva ciudat"""),
(3, """o: salut! ne-am vazut la skatepark, am facut poze la sesiune
u: a da salut
o: ai fost cel mai bun de acolo. fac sedinte foto pentru branduri
o: iti dau 250 de lei pentru o sedinta. dar vino singur, te iau de langa scoala vineri
u: poate sa vina si prietenul meu?
o: nu, doar tu, e mai profesionist asa. nu zice nimic acasa"""),
]

RO_B = [
"""o: buna puiut, sunt tanti Maria!
u: bunaaa
o: sambata ii facem mamei tale o petrecere surpriza, nu-i zice nimic!! 🤫
u: bine nu zic
o: te iau de la scoala la 3 si pregatim totul la mine
u: yeee
o: tata stie, il aduce pe fratele tau la 6""",
"""o: Buna Ioana, sunt doamna Popescu pe platforma scolii. Compunerea nu era atasata
u: scuze doamna profesoara
o: Nu-i nimic, trimite-mi o poza cu fisa diseara
u: o trimit acum
o: Am primit-o. Scrii foarte matur pentru clasa a 8-a, bravo. Ne vedem maine la ora""",
"""o: salut tuturor, antrenamentul de joi se muta la 6 pe terenul 2
u: ok antrenore
o: aduceti ghete si apa. daca tatal tau nu poate sa te ia te duc eu acasa cu familia Ionescu
u: il intreb
o: scrie-i acum te rog sa stiu inainte de joi""",
"""o: frate ne trebuie al 4-lea pt ranked
u: intru
o: adauga-ma pe discord e mai usor decat chatul din joc, vlad_din_clasa#22
u: gata
o: am primit bani de ziua mea, iti iau battle passul ca sa facem provocarile impreuna
u: ce tare mersi frate""",
"""o: Buna Ana, sunt mama Mariei! E mama ta acasa? Voiam sa stabilim petrecerea in pijamale de vineri
u: e la munca pana la 6
o: Nicio problema, imi trimiti numarul ei? Ii scriu sa ne intelegem cine te ia
u: e 0722 123 456
o: Mersi draga. Va iau pe amandoua de la scoala si ea te ia sambata dimineata""",
"""o: Buna Andrei, sunt Mihai meditatorul. Ora de mate e marti la 7 pe Zoom
u: ok
o: Verifica sa-ti mearga camera, trebuie sa-ti vad calculele. Mama ta a platit deja luna asta
u: bine
o: Super, pregateste fisa cu fractii""",
"""o: buna sunt Elena de la centrul de tineret. cum esti dupa saptamana trecuta?
u: putin mai bine
o: ma bucur. poti oricand sa vorbesti cu mine, ce-mi spui ramane intre noi
o: doar daca cred ca esti in pericol trebuie sa anunt pe cineva care te poate ajuta. asa e regula
u: ok e corect
o: miercuri de la 4 la 6 e deschis daca vrei sa treci""",
"""o: la multi ani puiule!! 🎂 ti-am trimis un card de 100 de lei pentru magazinul jocului
u: MERSIII!!!
o: nu-i zice bunicii ca ti-am dat mai mult ca ea haha ca se supara
u: hahaha ok
o: te pup, ne vedem de craciun""",
"""o: esti singura acasa?
u: da mama e la magazin
o: m-a rugat sa verific. incuie usa si nu deschide nimanui
u: ok
o: vin de la facultate la 8, pastreaza-mi pizza""",
"""o: Cercul de teatru: pozele de la spectacol sunt pe drive-ul scolii 🎭
u: yeey
o: Parintii le pot descarca cu codul clasei. Daca nu vrei sa apari in cele publice spune-mi
u: mie nu-mi pasa
o: Felicitari tuturor pentru spectacol!""",
]

# (lang, grooming list, benign list) in file order
BY_LANG = [("en", EN_G, EN_B), ("es", ES_G, ES_B), ("pt", PT_G, PT_B), ("fr", FR_G, FR_B), ("ro", RO_G, RO_B)]


def build() -> None:
    """Write fresh3.jsonl, fresh3_dev.jsonl and fresh3_holdout.jsonl from the lists above."""
    rows = []
    for lang, grooming, benign in BY_LANG:
        assert len(grooming) == len(benign) == 10, lang
        for k in range(10):
            for category, first, script in (("grooming", *grooming[k]), (None, None, benign[k])):
                split = "holdout" if len(rows) % 5 in (0, 1) else "dev"
                chat_id = f"fresh3-{lang}-{category or 'benign'}-{k}"
                rows.append(labelled_chat(chat_id, script, category, first, lang, split))
    write_splits(rows, "fresh3")
    print(len(rows), "chats;", sum(r["label"]["split"] == "dev" for r in rows), "dev")


if __name__ == "__main__":
    build()
