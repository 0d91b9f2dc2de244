"""The default readiness questionnaire in Danish; keys as in en.py."""

TEXTS = {
    "name": "Parathed til innovative indkøb",
    "description": (
        "Hvor parat din organisation er til at købe nye og bedre løsninger gennem offentlige "
        "indkøb, målt på ni dimensioner, der bygger på OECD's ramme for strategiske offentlige "
        "indkøb, INNLOCAL-selvevalueringen for kommuner og Europa-Kommissionens vejledning om "
        "offentlige innovationsindkøb. Svar ud fra, hvordan din organisation arbejder i dag, ikke "
        "hvordan den planlægger at arbejde."
    ),
    "scale.1": "Helt uenig",
    "scale.2": "Uenig",
    "scale.3": "Hverken enig eller uenig",
    "scale.4": "Enig",
    "scale.5": "Helt enig",
    "strategy.name": "Strategi og ledelse",
    "strategy.description": (
        "Om innovative indkøb indgår i organisationens mål og planer, og om ledelsen bakker op om "
        "dem i praksis."
    ),
    "strategy.recommendation": (
        "1. Bed ledelsen om at nævne innovative indkøb i den næste indkøbsstrategi, klimaplan "
        "eller digitaliseringsstrategi som et middel til at nå mål, organisationen allerede har.\n"
        "2. Skriv en kort handlingsplan: hvilke behov I tager fat på først, hvem der ejer hvert "
        "skridt, og hvornår ledelsen følger op på fremdriften.\n"
        "3. Gennemgå næste års indkøbsplan med forvaltningerne, og markér to eller tre indkøb, "
        "hvor en ny løsning kunne gøre det bedre end den sædvanlige.\n"
        "4. Aftal skriftligt med ledelsen, hvordan et pilotprojekt, der ikke lykkes, skal "
        "håndteres, så medarbejderne ikke er bange for at prøve."
    ),
    "strategy-1.text": (
        "Vores organisations strategi eller indkøbspolitik nævner innovative indkøb som et middel "
        "til at nå organisationens mål."
    ),
    "strategy-1.guidance": (
        "Enig, hvis et dokument, der er godkendt af byrådet eller ledelsen, fastslår, at "
        "organisationen vil købe nye løsninger for at nå sine mål, fx en indkøbsstrategi, der "
        "kobler indkøbene til kommunens klimamål. Europa-Kommissionens vejledning om offentlige "
        "innovationsindkøb (C(2021) 4320) anbefaler en sådan politisk forpligtelse."
    ),
    "strategy-2.text": (
        "Vi har en handlingsplan for innovative indkøb med navngivne ansvarlige, mål og en "
        "tidsplan."
    ),
    "strategy-2.guidance": (
        "Enig, hvis planen angiver, hvem der gør hvad hvornår, fx at indkøbsafdelingen gennemfører "
        "ét pilotindkøb om året og rapporterer til ledelsen hvert efterår."
    ),
    "strategy-3.text": (
        "Vores øverste ledelse har åbent bakket op om mindst ét indkøb af en ny løsning."
    ),
    "strategy-3.guidance": (
        "Enig, hvis en borgmester, direktør eller afdelingschef har præsenteret eller forsvaret et "
        "sådant indkøb, fx ved at forelægge et pilotprojekt for byrådet eller godkende den "
        "udfordring, det skal løse."
    ),
    "strategy-4.text": (
        "Når et pilotprojekt ikke giver det, vi håbede, ser vores ledere det som en erfaring og "
        "ikke som en fejl begået af de involverede medarbejdere."
    ),
    "strategy-4.guidance": (
        "Enig, hvis medarbejdere, der har gennemført et velforberedt indkøb, som ikke lykkedes, "
        "ikke fik skylden, og erfaringerne blev drøftet åbent, fx på et ledelsesmøde eller i en "
        "kort skriftlig evaluering."
    ),
    "strategy-5.text": (
        "Hvert år gennemgår vi vores planlagte indkøb for at finde muligheder for at købe en ny "
        "eller bedre løsning."
    ),
    "strategy-5.guidance": (
        "Enig, hvis den årlige indkøbsplan bliver gennemgået med dette for øje, før udbuddene "
        "forberedes, fx ved at markere kontrakter, der snart udløber, og spørge, om behovet kan "
        "dækkes på en ny måde."
    ),
    "legal.name": "Juridisk og udbudsteknisk viden",
    "legal.description": (
        "Hvor godt organisationen kender og bruger de procedurer og kontraktvilkår, som "
        "udbudsreglerne giver mulighed for, når der skal købes nye løsninger."
    ),
    "legal.recommendation": (
        "1. Giv indkøbsmedarbejdere og jurister en kort introduktion til procedurerne for nye "
        "løsninger: udbud med forhandling, konkurrencepræget dialog og innovationspartnerskab "
        "(direktiv 2014/24/EU, art. 29–31).\n"
        "2. Læs, hvordan en anden ordregiver i Danmark har brugt en af disse procedurer, og spørg "
        "dem, hvad de ville gøre anderledes.\n"
        "3. Aftal med jeres juridiske rådgivere standardklausuler om immaterielle rettigheder og "
        "om tildelingskriterier, der vægter kvalitet og ikke kun pris.\n"
        "4. Spørg jeres nationale videnscenter eller udbudsmyndighed om vejledning i de nationale "
        "regler under EU's tærskelværdier."
    ),
    "legal-1.text": (
        "Vores indkøbsmedarbejdere ved, hvornår vi må bruge udbud med forhandling, "
        "konkurrencepræget dialog eller innovationspartnerskab."
    ),
    "legal-1.guidance": (
        "Enig, hvis medarbejderne kan forklare, at disse procedurer passer til behov, der kræver "
        "design, tilpasning eller udvikling af nye løsninger (direktiv 2014/24/EU, art. 26(4), 29, "
        "30 og 31), og hvilken af dem der passer til et givet behov."
    ),
    "legal-2.text": (
        "Vi har brugt en anden procedure end offentligt udbud til at købe en ny eller tilpasset "
        "løsning."
    ),
    "legal-2.guidance": (
        "Enig, hvis I har gennemført mindst ét sådant indkøb, fx en konkurrencepræget dialog om en "
        "digital service eller et innovationspartnerskab om at udvikle og derefter købe en "
        "løsning, som markedet endnu ikke tilbød."
    ),
    "legal-3.text": (
        "Vores juridiske rådgivere hjælper os med at finde ud af, hvad reglerne tillader, og ikke "
        "kun, hvad de forbyder."
    ),
    "legal-3.guidance": (
        "Enig, hvis juristerne deltager tidligt i forberedelsen af et indkøb og foreslår lovlige "
        "veje frem, fx hvordan man holder leverandørmøder, der overholder "
        "ligebehandlingsprincippet, i stedet for at fraråde møder med leverandører helt."
    ),
    "legal-4.text": (
        "Vi kender forskellen på prækommercielle indkøb og offentlige indkøb af innovative "
        "løsninger, og vi ved, hvornår hver af dem passer."
    ),
    "legal-4.guidance": (
        "Enig, hvis medarbejderne ved, at prækommercielle indkøb køber forskning og udvikling i "
        "konkurrerende faser og falder uden for direktivet, når ordregiveren ikke beholder alle "
        "fordelene (direktiv 2014/24/EU, art. 14), mens offentlige indkøb af innovative løsninger "
        "køber løsninger, der er nye, men tæt på markedet."
    ),
    "legal-5.text": (
        "Vores udbudsmateriale fastsætter vilkår om immaterielle rettigheder, der passer til det, "
        "vi køber."
    ),
    "legal-5.guidance": (
        "Enig, hvis I fastlægger fordelingen af rettigheder ved hvert indkøb i stedet for at "
        "kopiere en standardklausul, fx så ejendomsretten bliver hos leverandøren, mens "
        "ordregiveren beholder en licens til at bruge og tilpasse resultaterne, som det drøftes i "
        "Kommissionens vejledning om offentlige innovationsindkøb."
    ),
    "legal-6.text": "Vi tildeler kontrakter om nye løsninger ud fra kvalitet og ikke kun pris.",
    "legal-6.guidance": (
        "Enig, hvis jeres tildelingskriterier vægter kvalitet, fx funktionelle, miljømæssige eller "
        "innovative egenskaber, sammen med pris eller livscyklusomkostninger (direktiv 2014/24/EU, "
        "art. 67), så en bedre løsning kan vinde."
    ),
    "needs.name": "Behovsafdækning",
    "needs.description": (
        "Hvordan organisationen finder ud af og beskriver, hvad den har brug for, før den "
        "beslutter, hvad den vil købe."
    ),
    "needs.recommendation": (
        "1. Skriv ved det næste indkøb én side om det problem, der skal løses, og det resultat, I "
        "har brug for, før nogen nævner et produkt.\n"
        "2. Hold en workshop med de medarbejdere og borgere, der skal bruge løsningen, og notér, "
        "hvad der fungerer dårligt i dag og hvorfor.\n"
        "3. Saml fakta om den nuværende situation: omkostninger, serviceniveau og klager, så I "
        "senere kan vise, hvad der har ændret sig.\n"
        "4. Undersøg, hvad der allerede findes: andre byers pilotindkøb i dette bibliotek, "
        "forskningsresultater og patentdatabaser.\n"
        "5. Omsæt behovet til funktions- eller præstationskrav, og tillad alternative tilbud, hvor "
        "det giver mening."
    ),
    "needs-1.text": (
        "Før et udbud beskriver vi det problem, der skal løses, og det resultat, vi har brug for, "
        "ikke et bestemt produkt."
    ),
    "needs-1.guidance": (
        "Enig, hvis det første dokument i et indkøb beskriver problemet, fx »for mange udeblevne "
        "besøg i hjemmeplejen om vinteren«, og ikke et produkt som »12 elektriske varebiler«."
    ),
    "needs-2.text": (
        "Vi inddrager de medarbejdere, der skal bruge en løsning, når vi beskriver behovet."
    ),
    "needs-2.guidance": (
        "Enig, hvis de personer, der skal arbejde med løsningen, er med til at beskrive behovet, "
        "fx skolernes pedeller ved et energistyringssystem til bygninger eller sygeplejersker ved "
        "en plejeydelse."
    ),
    "needs-3.text": (
        "Vi indsamler fakta om den nuværende situation, før vi beslutter, hvad vi vil købe."
    ),
    "needs-3.guidance": (
        "Enig, hvis I indsamler data som nuværende omkostninger, serviceniveau, energiforbrug "
        "eller klager, så behovet bygger på dokumentation, og resultatet senere kan sammenlignes."
    ),
    "needs-4.text": (
        "Vi undersøger, hvilke løsninger, forskningsresultater og patenter der allerede findes, "
        "før vi fastlægger behovet."
    ),
    "needs-4.guidance": (
        "Enig, hvis I søger, før I specificerer, fx i andre ordregiveres pilotindkøb, i resultater "
        "af EU-finansieret forskning i CORDIS og i patentdatabaser som Espacenet, så I hverken "
        "efterspørger det umulige eller overser det, der findes."
    ),
    "needs-5.text": (
        "Vores tekniske specifikationer fastsætter funktions- eller præstationskrav og giver "
        "leverandørerne plads til selv at foreslå, hvordan kravene opfyldes."
    ),
    "needs-5.guidance": (
        "Enig, hvis specifikationerne angiver, hvad løsningen skal opnå, fx »holde "
        "indetemperaturen inden for fastsatte grænser med et lavere energiforbrug«, og ikke "
        "hvordan (direktiv 2014/24/EU, art. 42(3)(a)), og alternative tilbud er tilladt, hvor det "
        "giver mening (art. 45)."
    ),
    "market.name": "Markedsdialog",
    "market.description": (
        "Hvordan organisationen taler med leverandører før og under et udbud, og om små og nye "
        "virksomheder kan være med."
    ),
    "market.recommendation": (
        "1. Gennemfør en åben markedsdialog før det næste udbud til et nyt behov: offentliggør en "
        "forhåndsmeddelelse, der beskriver problemet, bed om skriftlige svar, og hold en "
        "informationsdag (indledende markedsundersøgelser, direktiv 2014/24/EU, art. 40).\n"
        "2. Registrér al kontakt med leverandører, og del de oplysninger, der er givet, med alle "
        "tilbudsgivere, så ingen får en fordel (art. 41).\n"
        "3. Offentliggør jeres indkøbsplan for det kommende år på jeres hjemmeside.\n"
        "4. Bed innovationsagenturer, klynger eller erhvervsorganisationer om at sende jeres "
        "udfordring videre til start-ups og små virksomheder.\n"
        "5. Opdel store kontrakter i delkontrakter, hvor det er muligt, og angiv begrundelsen i "
        "udbudsdokumenterne, hvor I ikke gør det (art. 46)."
    ),
    "market-1.text": (
        "Vi gennemfører en åben markedsdialog før udbud til nye eller komplekse behov."
    ),
    "market-1.guidance": (
        "Enig, hvis I jævnligt går i åben dialog med markedet før sådanne udbud, fx ved at "
        "offentliggøre en forhåndsmeddelelse, holde en informationsdag og bede om skriftlige svar "
        "(indledende markedsundersøgelser, direktiv 2014/24/EU, art. 40)."
    ),
    "market-2.text": (
        "Vi offentliggør vores planlagte indkøb så tidligt, at leverandørerne kan nå at forberede "
        "sig."
    ),
    "market-2.guidance": (
        "Enig, hvis leverandørerne kan få kendskab til kommende udbud flere måneder i forvejen, fx "
        "via en indkøbsplan på jeres hjemmeside eller en forhåndsmeddelelse (direktiv 2014/24/EU, "
        "art. 48)."
    ),
    "market-3.text": (
        "Vi ved, hvordan vi taler med leverandører før et udbud uden at bryde "
        "ligebehandlingsprincippet."
    ),
    "market-3.guidance": (
        "Enig, hvis medarbejderne registrerer deres kontakt med leverandører, deler det sagte med "
        "alle tilbudsgivere og giver tilstrækkelig tid til at svare (direktiv 2014/24/EU, art. 41) "
        "i stedet for at undgå leverandører af frygt for en klage."
    ),
    "market-4.text": (
        "Vi når ud til andre end de sædvanlige leverandører, fx start-ups og virksomheder fra "
        "andre brancher."
    ),
    "market-4.guidance": (
        "Enig, hvis jeres markedsdialoger og udbud annonceres gennem kanaler, som nye leverandører "
        "følger, fx innovationsagenturer, klynger, erhvervsorganisationer eller "
        "matchmaking-arrangementer."
    ),
    "market-5.text": (
        "Vi opdeler store kontrakter i delkontrakter eller accepterer fælles tilbud, så små "
        "virksomheder kan være med."
    ),
    "market-5.guidance": (
        "Enig, hvis I overvejer delkontrakter ved hver stor kontrakt og begrunder det, når I ikke "
        "bruger dem (direktiv 2014/24/EU, art. 46), og jeres udvælgelseskriterier giver små "
        "virksomheder mulighed for at byde sammen eller basere sig på partnere (art. 19 og 63)."
    ),
    "market-6.text": (
        "Efter hvert udbud giver vi de tilbudsgivere, der ikke vandt, en klar tilbagemelding."
    ),
    "market-6.guidance": (
        "Enig, hvis tilbudsgiverne får at vide, hvorfor deres tilbud tabte, og hvad det vindende "
        "tilbud gjorde bedre (direktiv 2014/24/EU, art. 55), fx i et brev eller på et kort møde, "
        "så de kan gøre det bedre næste gang."
    ),
    "risk.name": "Risiko, budget og business case",
    "risk.description": (
        "Om organisationen afvejer omkostninger, gevinster og risici ved en ny løsning og har "
        "pengene og kontraktværktøjerne til at afprøve en."
    ),
    "risk.recommendation": (
        "1. Skriv før det næste udbud af en ny løsning en business case, der sammenligner den med "
        "den nuværende arbejdsform over løsningens hele levetid.\n"
        "2. Opstil de vigtigste tekniske, juridiske, økonomiske og brugerrelaterede risici, og "
        "udpeg for hver af dem en ansvarlig og en måde at mindske den på.\n"
        "3. Foreslå en budgetpost til pilotprojekter, eller søg EU-midler eller nationale midler "
        "til innovative indkøb blandt finansieringsmulighederne på denne platform.\n"
        "4. Byg beslutningspunkter (stage gates) ind i kontrakten: en pilotfase med klare mål og "
        "retten til at stoppe efter den."
    ),
    "risk-1.text": (
        "Før et udbud af en ny løsning udarbejder vi en business case, der sammenligner den med "
        "den nuværende arbejdsform."
    ),
    "risk-1.guidance": (
        "Enig, hvis en skriftlig business case opgør den nye løsnings omkostninger, gevinster og "
        "risici over for at fortsætte som nu, fx intelligent gadebelysning over for at udskifte de "
        "gamle lamper med tilsvarende nye."
    ),
    "risk-2.text": (
        "Vi identificerer de vigtigste risici ved et indkøb og planlægger, hvordan hver af dem kan "
        "mindskes."
    ),
    "risk-2.guidance": (
        "Enig, hvis hvert innovativt indkøb har en risikoliste, der dækker tekniske, juridiske og "
        "økonomiske risici samt risikoen for manglende accept hos brugerne, med en ansvarlig og en "
        "håndtering for hver risiko, og listen bliver gennemgået, efterhånden som projektet "
        "skrider frem."
    ),
    "risk-3.text": (
        "Vores business cases medregner omkostningerne over hele løsningens levetid, ikke kun "
        "købsprisen."
    ),
    "risk-3.guidance": (
        "Enig, hvis I medregner omkostninger til drift, vedligeholdelse, energi og bortskaffelse "
        "og kan bruge samme metode til at sammenligne tilbud på livscyklusomkostninger (direktiv "
        "2014/24/EU, art. 68)."
    ),
    "risk-4.text": (
        "Vi har midler, som vi kan bruge til at afprøve en ny løsning før et egentligt indkøb."
    ),
    "risk-4.guidance": (
        "Enig, hvis der er en budgetpost, en pilotpulje eller ekstern finansiering til "
        "afprøvninger, fx fra et EU-program eller en national innovationsfond, uden at der skal "
        "tages penge fra driften."
    ),
    "risk-5.text": (
        "Vores kontrakter om nye løsninger bruger beslutningspunkter, pilotfaser eller betaling, "
        "der er knyttet til resultaterne."
    ),
    "risk-5.guidance": (
        "Enig, hvis kontrakterne giver jer mulighed for at stoppe eller justere efter en fase, der "
        "ikke når sine mål, sådan som et innovationspartnerskab tillader (direktiv 2014/24/EU, "
        "art. 31(2)), eller knytter en del af betalingen til målte resultater."
    ),
    "skills.name": "Kompetencer og organisering",
    "skills.description": (
        "Om organisationen har de medarbejdere, den tid, de teams og de værktøjer, der skal til "
        "for at forberede og gennemføre indkøb af nye løsninger."
    ),
    "skills.recommendation": (
        "1. Udpeg en kontaktperson for innovative indkøb, og giv vedkommende tid til opgaven.\n"
        "2. Send indkøbsmedarbejdere, jurister og teknikere sammen på et kursus i innovative "
        "indkøb, og del det, de lærer.\n"
        "3. Sammensæt ved det næste indkøb af en ny løsning et team med indkøbsmæssig, juridisk, "
        "teknisk og brugerfaglig viden fra starten.\n"
        "4. Saml udbudsmaterialet og erfaringerne fra hvert projekt ét fælles sted, og brug "
        "skabelonerne i dette bibliotek som udgangspunkt."
    ),
    "skills-1.text": (
        "Vores indkøbsmedarbejdere har fået uddannelse i innovative indkøb inden for de seneste to "
        "år."
    ),
    "skills-1.guidance": (
        "Enig, hvis i det mindste nogle af de medarbejdere, der forbereder udbud, har deltaget i "
        "et kursus, en webinarrække eller en erfaringsudveksling med kolleger om emnet, fx "
        "arrangeret af et nationalt videnscenter eller et EU-projekt."
    ),
    "skills-2.text": (
        "Hvert indkøb af en ny løsning har et team, der samler indkøbsmæssig, juridisk, teknisk og "
        "brugerfaglig viden."
    ),
    "skills-2.guidance": (
        "Enig, hvis et sådant team bliver sammensat fra starten og ikke først, når "
        "udbudsmaterialet allerede er skrevet, fx en indkøber, en jurist, en ingeniør og en "
        "driftsleder, der mødes fra behovsafdækningen og frem."
    ),
    "skills-3.text": "Vi ved, hvor vi kan få eksperthjælp til innovative indkøb.",
    "skills-3.guidance": (
        "Enig, hvis medarbejderne ved, hvem de kan spørge, fx et nationalt videnscenter for "
        "innovative indkøb, et innovationsagentur eller et universitet; Kommissionens vejledning "
        "om offentlige innovationsindkøb opfordrer til at oprette sådanne videnscentre."
    ),
    "skills-4.text": (
        "Vores medarbejdere har afsat tid til at forberede indkøb af nye løsninger, ikke kun "
        "rutineudbud."
    ),
    "skills-4.guidance": (
        "Enig, hvis arbejdsplanerne giver plads til den længere forberedelse, som disse indkøb "
        "kræver, fx ved at udpege en kontaktperson for innovative indkøb med timer afsat til "
        "opgaven."
    ),
    "skills-5.text": (
        "Vi gemmer skabeloner og eksempler fra tidligere indkøb et sted, hvor kolleger kan finde "
        "og genbruge dem."
    ),
    "skills-5.guidance": (
        "Enig, hvis en fælles mappe eller en intranetside indeholder tidligere meddelelser om "
        "markedsdialog, specifikationer, evalueringsskemaer og kontraktklausuler med en note om, "
        "hvad der fungerede."
    ),
    "cooperation.name": "Samarbejde og netværk",
    "cooperation.description": (
        "Hvordan organisationen samarbejder med sine egne forvaltninger, andre offentlige "
        "ordregivere og lokale innovationsaktører om innovative indkøb."
    ),
    "cooperation.recommendation": (
        "1. Find to organisationer på denne platform, der har købt det, I planlægger at købe, og "
        "bed dem om en times samtale.\n"
        "2. Bliv medlem af BSR Cities Network og et nationalt netværk af offentlige indkøbere, og "
        "del et af jeres egne udbud der.\n"
        "3. Saml de forvaltninger, der har et fælles behov, fx energi i skoler og i "
        "kontorbygninger, før de hver især køber ind alene.\n"
        "4. Overvej at købe ind sammen med nabokommuner eller gennem en indkøbscentral for at dele "
        "arbejdet og risikoen (direktiv 2014/24/EU, art. 37–39)."
    ),
    "cooperation-1.text": (
        "Vi udveksler erfaringer om innovative indkøb med andre offentlige ordregivere."
    ),
    "cooperation-1.guidance": (
        "Enig, hvis medarbejderne jævnligt mødes eller taler med kolleger i Danmark eller i "
        "udlandet om deres indkøb, fx i et netværk af byer eller et EU-projekt, og bruger det, de "
        "lærer."
    ),
    "cooperation-2.text": (
        "Vores forvaltninger samarbejder om fælles behov i stedet for, at hver køber ind alene."
    ),
    "cooperation-2.guidance": (
        "Enig, hvis forvaltninger med et lignende behov forbereder ét fælles indkøb, fx når børne- "
        "og ungeforvaltningen og ejendomsafdelingen køber ét energistyringssystem til skoler og "
        "kontorbygninger."
    ),
    "cooperation-3.text": (
        "Vi har købt ind, eller forberedt at købe ind, sammen med andre offentlige ordregivere."
    ),
    "cooperation-3.guidance": (
        "Enig, hvis I har deltaget i et fælles indkøb med nabokommuner, gennem en indkøbscentral "
        "eller på tværs af landegrænser (direktiv 2014/24/EU, art. 37–39) for at dele arbejdet og "
        "risikoen."
    ),
    "cooperation-4.text": (
        "Vi samarbejder med lokale innovationsaktører, fx universiteter, innovationsagenturer "
        "eller klynger, når vi forbereder indkøb."
    ),
    "cooperation-4.guidance": (
        "Enig, hvis sådanne partnere hjælper jer med at forstå behovet eller markedet, fx et "
        "universitet, der afprøver en løsning i et living lab, eller en klynge, der inviterer sine "
        "medlemmer til en markedsdialog."
    ),
    "cooperation-5.text": (
        "Vi deler vores eget udbudsmateriale og vores resultater med andre ordregivere, så de kan "
        "genbruge dem."
    ),
    "cooperation-5.guidance": (
        "Enig, hvis I offentliggør eller videregiver specifikationer, evalueringsskemaer og "
        "erfaringer fra jeres indkøb, fx som et eksempel på god praksis på denne platform."
    ),
    "users.name": "Inddragelse af brugere og borgere",
    "users.description": (
        "Hvordan borgerne og de mennesker, der bruger en ydelse, er med til at definere, afprøve "
        "og vurdere nye løsninger."
    ),
    "users.recommendation": (
        "1. Spørg før det næste indkøb af en ny ydelse dem, der bruger den, hvad der fungerer "
        "dårligt i dag, gennem interviews, en spørgeskemaundersøgelse eller en workshop.\n"
        "2. Prøv en samskabelsesworkshop med borgere, virksomheder og forskere om en lokal "
        "udfordring, og brug CityLab-materialet i dette bibliotek.\n"
        "3. Planlæg en test med rigtige brugere, før I ruller en ny løsning ud, og beslut på "
        "forhånd, hvad I vil måle.\n"
        "4. Kontrollér, at jeres specifikationer indeholder krav om tilgængelighed (direktiv "
        "2014/24/EU, art. 42(1)).\n"
        "5. Fortæl dem, der deltog, hvad der blev ændret på grund af deres input."
    ),
    "users-1.text": (
        "Vi inddrager borgere eller brugere af ydelsen, når vi definerer det problem, et indkøb "
        "skal løse."
    ),
    "users-1.guidance": (
        "Enig, hvis brugernes synspunkter former behovet, fx interviews med buspassagerer før et "
        "udbud på mobilitetsområdet eller en spørgeskemaundersøgelse blandt forældre, før der "
        "købes en skolemadsordning."
    ),
    "users-2.text": (
        "Vi bruger samskabelsesmetoder sammen med borgere, virksomheder og forskere om lokale "
        "udfordringer."
    ),
    "users-2.guidance": (
        "Enig, hvis I har afholdt workshops eller drevet et living lab, hvor disse grupper har "
        "arbejdet sammen om en reel udfordring, fx et CityLab om sikrere skoleveje for gående børn."
    ),
    "users-3.text": (
        "Brugerne afprøver en ny løsning under reelle forhold, før vi beslutter at rulle den ud."
    ),
    "users-3.guidance": (
        "Enig, hvis et pilotprojekt med rigtige brugere går forud for en bred udrulning, fx en "
        "plejeapp, som en gruppe hjemmeplejemodtagere og medarbejdere har afprøvet, og hvor deres "
        "tilbagemeldinger er registreret."
    ),
    "users-4.text": (
        "Vores specifikationer indeholder krav om tilgængelighed for personer med handicap."
    ),
    "users-4.guidance": (
        "Enig, hvis tilgængelighed eller design for alle indgår i alle specifikationer for noget, "
        "som mennesker skal bruge (direktiv 2014/24/EU, art. 42(1)), fx en henvisning til den "
        "europæiske standard EN 301 549 for digitale tjenester."
    ),
    "users-5.text": "Vi fortæller borgere og brugere, hvordan deres input har ændret indkøbet.",
    "users-5.guidance": (
        "Enig, hvis deltagerne får en tilbagemelding, fx i en kort meddelelse på kommunens "
        "hjemmeside eller på et opfølgningsmøde, om hvilke af deres idéer der blev brugt, og "
        "hvorfor andre ikke blev."
    ),
    "impact.name": "Effektmåling og opskalering",
    "impact.description": (
        "Om organisationen måler, hvad nye løsninger opnår, styrer kontrakten efter det og "
        "opskalerer det, der virker."
    ),
    "impact.recommendation": (
        "1. Fastsæt ved det næste indkøb af en ny løsning tre til fem indikatorer, og mål deres "
        "nuværende værdier før udbuddet.\n"
        "2. Planlæg, hvordan resultaterne skal måles i kontraktperioden, og hvem der rapporterer "
        "dem til ledelsen.\n"
        "3. Indsæt optioner eller revisionsklausuler i kontrakten, så en løsning, der virker, kan "
        "udvides uden et nyt udbud (direktiv 2014/24/EU, art. 72(1)(a)).\n"
        "4. Offentliggør resultaterne, også det, der ikke virkede, som et eksempel på god praksis "
        "på denne platform."
    ),
    "impact-1.text": (
        "Før et udbud fastsætter vi indikatorer og måler udgangsværdierne for de resultater, vi "
        "forventer."
    ),
    "impact-1.guidance": (
        "Enig, hvis I kender de nuværende tal for det, løsningen skal forbedre, fx en bygnings "
        "energiforbrug eller ventetiden på en ydelse, og har skrevet målet ned."
    ),
    "impact-2.text": (
        "Efter et pilotprojekt eller en kontrakt måler vi resultaterne i forhold til vores mål og "
        "rapporterer dem til ledelsen."
    ),
    "impact-2.guidance": (
        "Enig, hvis en skriftlig evaluering sammenligner resultaterne med udgangsværdierne og "
        "målene, fx en afrapportering til byrådet efter det første år med en ny ydelse."
    ),
    "impact-3.text": (
        "I kontraktperioden følger vi leverandørens præstationer og tager hånd om problemer "
        "tidligt."
    ),
    "impact-3.guidance": (
        "Enig, hvis en navngiven kontraktansvarlig følger op på aftalte præstationsindikatorer på "
        "faste møder med leverandøren og noterer, hvad der blev aftalt."
    ),
    "impact-4.text": (
        "Når et pilotprojekt virker, har vi en måde at beslutte og finansiere en bredere "
        "anvendelse på."
    ),
    "impact-4.guidance": (
        "Enig, hvis kontrakten eller planen tager højde for næste skridt, fx en option på at "
        "udvide løsningen til flere lokaliteter (direktiv 2014/24/EU, art. 72(1)(a)) eller "
        "købsfasen i et innovationspartnerskab (art. 31)."
    ),
    "impact-5.text": (
        "Vi offentliggør resultaterne af vores innovative indkøb, også det, der ikke virkede."
    ),
    "impact-5.guidance": (
        "Enig, hvis resultaterne er offentlige, så andre ordregivere kan lære af dem, fx i en case "
        "på jeres hjemmeside eller som et eksempel på god praksis på denne platform."
    ),
}
