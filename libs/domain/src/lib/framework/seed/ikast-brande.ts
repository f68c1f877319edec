import type { FrameworkDocument } from '@lederloeft/contracts';
import { FRAMEWORK_DOCUMENT_SCHEMA } from '@lederloeft/contracts';

// The Danish texts are verbatim from ikast-brande-ledelsesgrundlag.source.txt (only the
// PDF line breaks joined), because users recognise the wording from the printed foundation.
// The one exception is "DIALOG-TILLID-ANSVARLIGHED": the PDF broke that compound after a
// hyphen, and a space there would be an extraction artefact, not the author's text.

/** The leadership foundation of Ikast-Brande Municipality, Danish verbatim with English alongside. */
export const IKAST_BRANDE_FRAMEWORK: FrameworkDocument = {
  schema: FRAMEWORK_DOCUMENT_SCHEMA,
  key: 'ikast-brande-ledelsesgrundlag',
  name: {
    da: 'Ledelsesgrundlag for Ikast-Brande Kommune',
    en: 'Leadership foundation of Ikast-Brande Municipality',
  },
  owner: 'Ikast-Brande Kommune',
  purpose: [
    {
      da: 'Det er vigtigt at have et ledelsesgrundlag, der rummer kommunens mangfoldighed af visioner, opgaver, ledere og medarbejdere. Det er op til fagområderne at oversætte og fortolke ledelsesgrundlaget i egen praksis og få det til at leve. Det kræver en tæt kobling til hver enkelt leders personlige ledelsesgrundlag.',
      en: "It is important to have a leadership foundation that embraces the municipality's diversity of visions, tasks, leaders and employees. It is up to the individual service areas to translate and interpret the leadership foundation in their own practice and bring it to life. This requires a close link to each leader's personal leadership foundation.",
    },
    {
      da: 'Vores ledelsesgrundlag giver os et fælles sprog, kultur og værdigrundlag. Det sætter en tydelig ramme og ambitiøs retning for god ledelsesadfærd i Ikast-Brande Kommune. Ledelsesgrundlaget beskriver, hvordan vi bliver i stand til at nå de politiske visioner og levere kerneopgaverne i fællesskab med medarbejderne.',
      en: 'Our leadership foundation gives us a shared language, culture and set of values. It sets a clear framework and an ambitious direction for good leadership behaviour in Ikast-Brande Municipality. The leadership foundation describes how we become able to achieve the political visions and deliver the core tasks together with our employees.',
    },
    {
      da: 'Med ledelsesgrundlaget bliver det synligt, hvad du som leder bliver målt på, og hvad der skal til, for at du lykkes som leder. Vi bruger derfor ledelsesgrundlaget i både lederevalueringer, trivselsundersøgelser og i den strategiske kompetenceudvikling af kommunens ledere.',
      en: "The leadership foundation makes visible what you as a leader are measured on, and what it takes for you to succeed as a leader. We therefore use the leadership foundation in leader evaluations, well-being surveys and the strategic competence development of the municipality's leaders.",
    },
    {
      da: 'Ikast-Brande Kommunes ledelsesgrundlag er skrevet af og for kommunens ledere. Medarbejdere kan bruge ledelsesgrundlaget som forventningsafstemning og som inspiration til egne handlinger – også i samarbejdet med andre.',
      en: "Ikast-Brande Municipality's leadership foundation is written by and for the municipality's leaders. Employees can use the leadership foundation to align expectations and as inspiration for their own actions – also when working with others.",
    },
  ],
  foundation: [
    {
      da: 'I Ikast-Brande har vi afsæt i værdibaseret ledelse. Som leder skal du efterleve ledelsesgrundlaget, de tre værdiord samt kommunens DNA og dogmer. Du skal i din adfærd udvise ordentlighed og leve op til de tre værdiord DIALOG-TILLID-ANSVARLIGHED. Når værdierne udleves, skaber vi sammen de bedste resultater.',
      en: "In Ikast-Brande our starting point is value-based leadership. As a leader, you must live up to the leadership foundation, the three value words and the municipality's DNA and dogmas. In your conduct you must show decency (ordentlighed) and live up to the three value words DIALOGUE-TRUST-RESPONSIBILITY. When the values are lived out, together we achieve the best results.",
    },
  ],
  competenciesIntro: [
    {
      da: 'I Ikast-Brande Kommune er der udvalgt fire ledelseskompetencer, som det er særligt vigtigt, du mestrer som leder. Det er sidestillede kompetencer, som supplerer og understøtter hinanden.',
      en: 'In Ikast-Brande Municipality, four leadership competencies have been selected that it is particularly important for you to master as a leader. They are competencies of equal standing that complement and support one another.',
    },
  ],
  values: [
    {
      key: 'dialog',
      kind: 'value',
      name: { da: 'Dialog', en: 'Dialogue' },
      description: {
        da: 'Gennem dialog afstemmer du som leder gensidige forventninger, skaber fælles forståelser og giver plads – også når det er svært, og der er uenighed.',
        en: 'Through dialogue you, as a leader, align mutual expectations, create shared understanding and make room – also when things are difficult and there is disagreement.',
      },
    },
    {
      key: 'tillid',
      kind: 'value',
      name: { da: 'Tillid', en: 'Trust' },
      description: {
        da: 'Tillid er et nødvendigt bindemiddel, som sikrer smidighed i opgaveløsningen uanset din rolle og position i organisationen. Du møder altid andre med positive forventninger, intentioner og handlinger.',
        en: 'Trust is an essential binding agent that keeps the work running smoothly, whatever your role and position in the organisation. You always meet others with positive expectations, intentions and actions.',
      },
    },
    {
      key: 'ansvarlighed',
      kind: 'value',
      name: { da: 'Ansvarlighed', en: 'Responsibility' },
      description: {
        da: 'Ansvarlighed synliggøres af handlinger, som viser det gode eksempel. Du skal gå foran, være normsættende og kulturbærende for resten af organisationen. Du har som leder et særligt ansvar for økonomien og det vedvarende fokus på effektiv opgaveløsning inden for aftalte rammer.',
        en: 'Responsibility is made visible through actions that set a good example. You must lead the way, set the norms and carry the culture for the rest of the organisation. As a leader, you have a particular responsibility for the finances and for a sustained focus on efficient delivery of tasks within the agreed limits.',
      },
    },
    {
      key: 'ordentlighed',
      kind: 'conduct',
      name: { da: 'Ordentlighed', en: 'Decency' },
      description: {
        da: 'Du skal i din adfærd udvise ordentlighed og leve op til de tre værdiord DIALOG-TILLID-ANSVARLIGHED.',
        en: 'In your conduct you must show decency and live up to the three value words DIALOGUE-TRUST-RESPONSIBILITY.',
      },
    },
  ],
  competencies: [
    {
      key: 'handlekraft',
      title: {
        da: 'Ledelse med handlekraft',
        en: 'Leadership with drive',
      },
      summary: {
        da: 'I Ikast-Brande Kommune er du som leder grundlæggende drevet af store ambitioner og ønsket om at gøre en væsentlig forskel. Du skal som leder sætte en tydelig retning, gå forrest og få strategier til at leve – også i pressede situationer og stærk modvind.',
        en: 'In Ikast-Brande Municipality, as a leader you are fundamentally driven by great ambitions and the wish to make a real difference. As a leader, you must set a clear direction, lead from the front and bring strategies to life – also under pressure and in strong headwinds.',
      },
      description: {
        da: 'Du udstråler overskud og energi, hjælper andre og har modet til at gå tæt på, når det er nødvendigt. Med din handlekraft og evne til at motivere og samarbejde skaber du resultater.',
        en: 'You radiate energy and have capacity to spare, you help others and you have the courage to get close when it is necessary. With your drive and your ability to motivate and collaborate, you create results.',
      },
      because: {
        da: 'Som leder er du ansvarlig for resultaterne.',
        en: 'As a leader, you are responsible for the results.',
      },
      frameIntro: {
        da: 'Som leder i Ikast-brande Kommune skal du sætte en tydelig retning for dig og dine medarbejdere.',
        en: 'As a leader in Ikast-Brande Municipality, you must set a clear direction for yourself and your employees.',
      },
      personalIntro: {
        da: 'Som leder i Ikast-Brande Kommune skal du med din personlige adfærd være den gode rollemodel, motivere til samarbejde og skabe resultater.',
        en: 'As a leader in Ikast-Brande Municipality, through your personal conduct you must be a good role model, motivate collaboration and create results.',
      },
      behaviours: [
        {
          key: 'handlekraft.vilkaars-og-mulighedsrum',
          group: 'frame',
          text: {
            da: 'Tydeliggøre hvad du og dine medarbejdere har indflydelse på, og hvad der er givet på forhånd (vilkårs- og mulighedsrummet).',
            en: 'Make clear what you and your employees can influence and what is given in advance (the room for conditions and possibilities).',
          },
        },
        {
          key: 'handlekraft.italesaette-ambitionsniveau',
          group: 'frame',
          text: {
            da: 'Til stadighed italesætte ambitionsniveau, de resultater, der skal leveres og værdier, der skal efterleves: fx hvor skal vi gøre en forskel…?',
            en: 'Continually put into words the level of ambition, the results to be delivered and the values to be lived up to: e.g. where should we make a difference…?',
          },
        },
        {
          key: 'handlekraft.inddrage-paa-ideplanet',
          group: 'frame',
          text: {
            da: 'Gå i dialog og inddrage medarbejdere, MED-organisation og andre interessenter allerede på idéplanet.',
            en: 'Enter into dialogue with and involve employees, the MED organisation (joint consultation committees) and other stakeholders as early as the idea stage.',
          },
        },
        {
          key: 'handlekraft.give-raaderum',
          group: 'frame',
          text: {
            da: 'Give råderum, sætte rammen og skabe tillid så medarbejderen ved, at der er opbakning.',
            en: 'Give latitude, set the framework and build trust so that the employee knows they have backing.',
          },
        },
        {
          key: 'handlekraft.foelge-op-paa-maal',
          group: 'frame',
          text: {
            da: 'Løbende følge op på om de aftalte mål nås.',
            en: 'Follow up regularly on whether the agreed goals are being met.',
          },
        },
        {
          key: 'handlekraft.synlig-og-tilgaengelig',
          group: 'personal',
          text: {
            da: 'Være synlig og tilgængelig som leder: fx åben dør, opdateret kalender, nærværende samtaler, følg op på aftaler',
            en: 'Be visible and accessible as a leader: e.g. an open door, an up-to-date calendar, attentive conversations, following up on agreements',
          },
        },
        {
          key: 'handlekraft.anerkendende-ledelse',
          group: 'personal',
          text: {
            da: 'Udøve anerkendende ledelse – tage øjenkontakt, stille åbne og nysgerrige spørgsmål, se tingene fra forskellige perspektiver',
            en: 'Practise appreciative leadership – make eye contact, ask open and curious questions, see things from different perspectives',
          },
        },
        {
          key: 'handlekraft.kende-dig-selv',
          group: 'personal',
          text: {
            da: 'Kende dig selv som leder, dine værdier og dit personlige ledelsesgrundlag.',
            en: 'Know yourself as a leader, your values and your personal leadership foundation.',
          },
        },
      ],
      dogmas: [],
    },
    {
      key: 'borgerne-i-centrum',
      title: {
        da: 'Ledelse med borgerne i centrum',
        en: 'Leadership with citizens at the centre',
      },
      summary: {
        da: 'I Ikast-Brande skal du som leder have fokus på en realistisk balance mellem høje faglige standarder, borgernes ønsker og de økonomiske muligheder – også når noget skal prioriteres eller helt vælges fra:',
        en: "In Ikast-Brande, as a leader you must focus on a realistic balance between high professional standards, citizens' wishes and the financial possibilities – also when something has to be prioritised or dropped altogether:",
      },
      description: {
        da: 'Som leder er du tæt på driften – uanset hvor du er i organisationen – og har forståelse for kerneopgaven. Du skal sikre en robust organisation ved at have blik for både politiske mål, faglighed samt effektivitet og ressourcer. Derfor handler du på viden og erfaring om det, der virker, og udvikler løbende vores praksis. Det opnår du ved at integrere refleksion, læring og handling i opgaveløsningen.',
        en: 'As a leader you are close to day-to-day operations – wherever you are in the organisation – and you understand the core task. You must ensure a robust organisation by keeping an eye on political goals, professional expertise, efficiency and resources alike. You therefore act on knowledge and experience of what works, and keep developing our practice. You achieve this by integrating reflection, learning and action into the way tasks are carried out.',
      },
      because: {
        da: 'Fokus på kerneopgaverne gør en forskel for borgerne.',
        en: 'A focus on the core tasks makes a difference for citizens.',
      },
      frameIntro: {
        da: 'Som leder i Ikast-Brande Kommune skal du sætte rammen for, at du sammen med medarbejderne gør en forskel for borgerne, virksomhederne, foreningerne med videre.',
        en: 'As a leader in Ikast-Brande Municipality, you must set the framework for you and your employees to make a difference together for citizens, businesses, associations and so on.',
      },
      personalIntro: {
        da: 'Som leder i Ikast-Brande Kommune skal du med din personlige adfærd gå forrest i samarbejdet med borgeren.',
        en: 'As a leader in Ikast-Brande Municipality, through your personal conduct you must lead the way in working together with the citizen.',
      },
      behaviours: [
        {
          key: 'borgerne-i-centrum.finde-nye-veje',
          group: 'frame',
          text: {
            da: 'Understøtte og træne medarbejderen i at finde nye veje ud fra borgerens ønsker og behov. Præcisere hvornår borgeren inddrages og med hvilket formål.',
            en: "Support and train the employee in finding new ways forward based on the citizen's wishes and needs. Specify when the citizen is to be involved and for what purpose.",
          },
        },
        {
          key: 'borgerne-i-centrum.ramme-for-kompetence',
          group: 'frame',
          text: {
            da: 'Sætte en ramme for hvornår medarbejderen har kompetence til at handle, og hvornår medarbejderen skal trække på dig som leder.',
            en: 'Set a framework for when the employee has the authority to act, and when the employee should draw on you as a leader.',
          },
        },
        {
          key: 'borgerne-i-centrum.borgerens-besoeg',
          group: 'frame',
          text: {
            da: 'Tænke borgerens besøg igennem fra indgang til udgang: fx parkering, modtagelse, mødets design, ventetid, aktivitet, afsked, skiltning mv.',
            en: "Think the citizen's visit through from entrance to exit: e.g. parking, reception, the design of the meeting, waiting time, activity, farewell, signage etc.",
          },
        },
        {
          key: 'borgerne-i-centrum.koordinere-for-borgeren',
          group: 'frame',
          text: {
            da: 'Inddrage relevante parter og koordinere på borgerens vegne: fx holde relationel koordineringsmøde, lave samarbejdsaftaler eller invitere til kaffemøde.',
            en: "Involve relevant parties and coordinate on the citizen's behalf: e.g. hold a relational coordination meeting, make collaboration agreements or invite people to a meeting over coffee.",
          },
        },
        {
          key: 'borgerne-i-centrum.ud-over-rammerne',
          group: 'frame',
          text: {
            da: 'I specielle tilfælde gå ud over rammerne, fordi situationen kræver det: fx at koordinere en flytning for en borger, fordi der ikke er pårørende, der kan trækkes på.',
            en: 'In special cases go beyond the usual framework because the situation calls for it: e.g. coordinating a move for a citizen because there are no relatives to call on.',
          },
        },
        {
          key: 'borgerne-i-centrum.borgeren-som-samarbejdspartner',
          group: 'personal',
          text: {
            da: 'Se borgeren som en samarbejdspartner: fx lyt til borgernes idéer og undgå fagudtryk.',
            en: "See the citizen as a partner: e.g. listen to citizens' ideas and avoid jargon.",
          },
        },
        {
          key: 'borgerne-i-centrum.imoedekommenhed',
          group: 'personal',
          text: {
            da: 'Udvise imødekommenhed overfor borgeren: fx lyttende, smilende, nysgerrig.',
            en: 'Be welcoming towards the citizen: e.g. listening, smiling, curious.',
          },
        },
        {
          key: 'borgerne-i-centrum.fremhaeve-gode-eksempler',
          group: 'personal',
          text: {
            da: 'Fremhæve de gode eksempler på medarbejderens samarbejde med borgeren og tage ved lære af de uheldige. Bruge mentorordninger.',
            en: "Highlight the good examples of the employee's collaboration with the citizen and learn from the unfortunate ones. Use mentoring schemes.",
          },
        },
        {
          key: 'borgerne-i-centrum.lokalsamfundets-aktiviteter',
          group: 'personal',
          text: {
            da: 'Deltage i lokalsamfundets aktiviteter.',
            en: 'Take part in the activities of the local community.',
          },
        },
      ],
      dogmas: [
        {
          key: 'borgerne-i-centrum.loesninger-sammen',
          text: {
            da: 'Du (borgeren) finder løsninger sammen med os.',
            en: 'You (the citizen) find solutions together with us.',
          },
        },
        {
          key: 'borgerne-i-centrum.myndighed-med-servicegen',
          text: {
            da: 'Vi udøver myndighed med et servicegen.',
            en: 'We exercise public authority with service in our genes.',
          },
        },
      ],
    },
    {
      key: 'paa-tvaers',
      title: {
        da: 'Ledelse på tværs',
        en: 'Leadership across boundaries',
      },
      summary: {
        da: 'I Ikast-Brande skal du som leder acceptere, at resultater og ressourcer på din arbejdsplads er en del af en større sammenhæng – også når dit ledelsesrum bliver udfordret:',
        en: 'In Ikast-Brande, as a leader you must accept that the results and resources of your workplace are part of a bigger picture – also when your scope as a leader is challenged:',
      },
      description: {
        da: 'Hos os samarbejder vi om opgaverne på tværs uden at skele til titler og fagområder. Vi står sammen om fælles mål, både når det er svært, udviklende og spændende. Vi løfter i flok og finder løsninger sammen. Vi inddrager hinanden, hjælper hinanden og involverer os i hinanden. Det er naturligt for os at have et tæt samarbejde på tværs af organisationen og arbejde i fællesskaber med borgere og samarbejdspartnere uden for organisationen.',
        en: 'Here we work together on tasks across boundaries, without regard to titles and professional fields. We stand together on shared goals, whether things are difficult, developing or exciting. We pull together and find solutions together. We involve each other, help each other and engage with each other. It comes naturally to us to work closely together across the organisation and to work in partnership with citizens and partners outside the organisation.',
      },
      because: {
        da: 'Vi gør en forskel sammen.',
        en: 'We make a difference together.',
      },
      frameIntro: {
        da: 'Som leder i Ikast-Brande Kommune skal du sætte rammen for, at du og dine medarbejdere kan samarbejde på tværs.',
        en: 'As a leader in Ikast-Brande Municipality, you must set the framework for you and your employees to be able to work together across boundaries.',
      },
      personalIntro: {
        da: 'Som leder i Ikast-Brande Kommune skal du med din personlige adfærd gå forrest i samarbejdet med andre.',
        en: 'As a leader in Ikast-Brande Municipality, through your personal conduct you must lead the way in working together with others.',
      },
      behaviours: [
        {
          key: 'paa-tvaers.netvaerksmoeder',
          group: 'frame',
          text: {
            da: 'Indgå i netværksmøder med andre ledere og fx drøfte ledelsesgrundlag, skabe kendskab til hinandens fagligheder og tværgående projekter.',
            en: "Take part in network meetings with other leaders and, for example, discuss the leadership foundation and build knowledge of each other's professional fields and cross-cutting projects.",
          },
        },
        {
          key: 'paa-tvaers.temadage',
          group: 'frame',
          text: {
            da: 'Holde temadage for medarbejdere fra flere afdelinger for at øge kendskabet til hinandens opgaver og aftale den gode arbejdsgang.',
            en: "Hold theme days for employees from several departments to increase knowledge of each other's tasks and agree on good ways of working.",
          },
        },
        {
          key: 'paa-tvaers.flere-fagligheder',
          group: 'frame',
          text: {
            da: 'Tænke flere fagligheder ind i en indsats eller et projekt end du plejer at gøre – sæt et fælles mål hvor egen afdeling melder delmål/indsats ind.',
            en: 'Bring more professional disciplines into an initiative or a project than you usually would – set a shared goal to which your own department contributes sub-goals/efforts.',
          },
        },
        {
          key: 'paa-tvaers.tvaergaaende-introduktion',
          group: 'frame',
          text: {
            da: 'Tænke tværgående samarbejde ind i introduktionen af nye medarbejdere, når det er relevant: Fx introduktionsmøder med medarbejdere fra andre afdelinger.',
            en: 'Build cross-cutting collaboration into the induction of new employees where relevant: e.g. induction meetings with employees from other departments.',
          },
        },
        {
          key: 'paa-tvaers.lokale-projekter',
          group: 'frame',
          text: {
            da: 'Skabe rammer for projekter i samarbejde med lokale virksomheder og det lokale foreningsliv.',
            en: 'Create a framework for projects in collaboration with local businesses and local clubs and associations.',
          },
        },
        {
          key: 'paa-tvaers.kontakt-andre-ledere',
          group: 'personal',
          text: {
            da: 'Tage kontakt til andre ledere ved konkrete problemstillinger, når du er i tvivl, har brug for et par ekstra øjne, eller når det bliver svært.',
            en: 'Contact other leaders about specific issues when you are in doubt, need an extra pair of eyes, or when things get difficult.',
          },
        },
        {
          key: 'paa-tvaers.nysgerrig-paa-andre',
          group: 'personal',
          text: {
            da: 'Være nysgerrig på andre ledere, deres opgaver og afdelinger. Tal hinanden op, lyt, og tag ansvar for relationen.',
            en: 'Be curious about other leaders, their tasks and departments. Speak well of one another, listen, and take responsibility for the relationship.',
          },
        },
      ],
      dogmas: [],
    },
    {
      key: 'hedekraft',
      title: {
        da: 'Ledelse med hedekraft',
        en: 'Leadership with the spirit of the heath (hedekraft)',
      },
      summary: {
        da: 'I Ikast-Brande skal du udøve ledelse, der får ideer til at spire, løsninger til at gro og drømme til at blive til virkelighed – også når det er svært at give slip på ”plejer”.',
        en: 'In Ikast-Brande you must practise leadership that makes ideas sprout, solutions grow and dreams come true – also when it is hard to let go of ‘plejer’ (the way we have always done things).',
      },
      description: {
        da: 'Som en del af Mental Frikommune skal du udfordre vanetænkning, dyrke nysgerrighed og give plads til dem, der tør gå til stregen. Du og medarbejderne skal sammen tænke nyt og finde på for at opnå de bedste resultater.',
        en: 'As part of the Mental Free Municipality (Mental Frikommune), you must challenge habitual thinking, cultivate curiosity and make room for those who dare to push the limits. You and your employees must think afresh and come up with new ideas together to achieve the best results.',
      },
      because: {
        da: 'På den jyske hede er intet givet på forhånd.',
        en: 'On the Jutland heath, nothing is a given.',
      },
      frameIntro: {
        da: 'Som leder i Ikast-brande Kommune skal du sætte rammen for, at du og dine medarbejdere kan generere idéer og udvikle nye løsninger.',
        en: 'As a leader in Ikast-Brande Municipality, you must set the framework for you and your employees to be able to generate ideas and develop new solutions.',
      },
      personalIntro: {
        da: 'Som leder i Ikast-Brande Kommune skal du med din personlige adfærd arbejde efter dogmet, der udfordrer vanetænkning.',
        en: 'As a leader in Ikast-Brande Municipality, through your personal conduct you must work by the dogma that challenges habitual thinking.',
      },
      behaviours: [
        {
          key: 'hedekraft.efterlyse-ideer',
          group: 'frame',
          text: {
            da: 'Have et fast punkt på afdelingsmøder: Efterlyse idéer.',
            en: 'Have a standing item at department meetings: Call for ideas.',
          },
        },
        {
          key: 'hedekraft.invitere-udefra',
          group: 'frame',
          text: {
            da: 'Invitere folk ind udefra: Fra andre afdelinger, borgere, foreninger osv. og være nysgerrig på viden uden for vores egne systemer.',
            en: 'Invite people in from outside: From other departments, citizens, associations etc., and be curious about knowledge outside our own systems.',
          },
        },
        {
          key: 'hedekraft.imoedekomme-nye-ideer',
          group: 'frame',
          text: {
            da: 'Have en tilgang der positivt imødekommer nye ideer: fx Hvad ville Superman have gjort? Hvad kan vi gøre i stedet for? Det har vi ikke prøvet før – så det går nok. Ja, og så kunne vi også…',
            en: "Have an approach that welcomes new ideas positively: e.g. What would Superman have done? What can we do instead? We haven't tried that before – so it will probably work. Yes, and then we could also…",
          },
        },
        {
          key: 'hedekraft.generere-nye-ideer',
          group: 'frame',
          text: {
            da: 'Øve og vedligeholde evnen til at generere nye idéer.',
            en: 'Practise and maintain the ability to generate new ideas.',
          },
        },
        {
          key: 'hedekraft.afproeve-ideer',
          group: 'frame',
          text: {
            da: 'Afprøve de bedste idéer og sikre, at løsningen giver den ønskede effekt.',
            en: 'Try out the best ideas and make sure that the solution has the desired effect.',
          },
        },
        {
          key: 'hedekraft.fodre-droemmen',
          group: 'personal',
          text: {
            da: 'Fodre drømmen om noget vildt og stort.',
            en: 'Feed the dream of something wild and big.',
          },
        },
        {
          key: 'hedekraft.vaere-modig',
          group: 'personal',
          text: {
            da: 'Være modig, stille åbne spørgsmål og vise at du ikke ved alting, slippe kontrollen.',
            en: 'Be brave, ask open questions and show that you do not know everything, let go of control.',
          },
        },
        {
          key: 'hedekraft.sige-ja',
          group: 'personal',
          text: {
            da: 'Sige ja til unikke forslag og til handlinger, hvor du ikke selv kan se vejen eller målet.',
            en: 'Say yes to unique proposals and to actions where you yourself cannot see the way or the goal.',
          },
        },
      ],
      dogmas: [],
    },
  ],
  // The foundation names "kommunens DNA og dogmer" but never spells them out; only the
  // citizen competency lists dogmas, so nothing is invented here.
  dogmas: [],
};
