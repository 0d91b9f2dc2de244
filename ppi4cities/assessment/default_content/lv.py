"""The default readiness questionnaire in Latvian; keys as in en.py."""

TEXTS = {
    "name": "Gatavība inovāciju iepirkumam",
    "description": (
        "Cik gatava ir jūsu organizācija iegādāties jaunus un labākus risinājumus publiskajā "
        "iepirkumā – deviņās dimensijās, kuru pamatā ir ESAO stratēģiskā publiskā iepirkuma "
        "ietvars, INNLOCAL pašnovērtējums pašvaldībām un Eiropas Komisijas vadlīnijas par "
        "inovāciju iepirkumu. Atbildiet par to, kā jūsu organizācija strādā šodien, nevis kā tā "
        "plāno strādāt."
    ),
    "scale.1": "Pilnīgi nepiekrītu",
    "scale.2": "Nepiekrītu",
    "scale.3": "Ne piekrītu, ne nepiekrītu",
    "scale.4": "Piekrītu",
    "scale.5": "Pilnīgi piekrītu",
    "strategy.name": "Stratēģija un vadība",
    "strategy.description": (
        "Vai inovāciju iepirkums ir daļa no organizācijas mērķiem un plāniem un vai tās vadītāji "
        "to atbalsta praksē."
    ),
    "strategy.recommendation": (
        "1. Aiciniet vadību nākamajā iepirkumu stratēģijā, klimata plānā vai digitālajā "
        "stratēģijā iekļaut inovāciju iepirkumu kā veidu, kā sasniegt organizācijas jau noteiktos "
        "mērķus.\n"
        "2. Sagatavojiet īsu rīcības plānu: kuras vajadzības risināt vispirms, kurš atbild par "
        "katru soli un kad vadība pārskatīs paveikto.\n"
        "3. Kopā ar struktūrvienībām izskatiet nākamā gada iepirkumu plānu un atzīmējiet divus "
        "vai trīs iepirkumus, kuros jauns risinājums varētu būt labāks par ierasto.\n"
        "4. Rakstiski vienojieties ar vadību, kā rīkoties, ja izmēģinājuma projekts neizdodas, "
        "lai darbinieki nebaidītos mēģināt."
    ),
    "strategy-1.text": (
        "Mūsu organizācijas stratēģijā vai iepirkumu politikā inovāciju iepirkums ir minēts kā "
        "veids, kā sasniegt tās mērķus."
    ),
    "strategy-1.guidance": (
        "Piekrītiet, ja domes vai vadības apstiprinātā dokumentā ir noteikts, ka organizācija "
        "savu mērķu sasniegšanai iegādāsies jaunus risinājumus, piemēram, iepirkumu stratēģijā, "
        "kas sasaista iepirkumus ar pilsētas klimata mērķiem. Eiropas Komisijas vadlīnijās par "
        "inovāciju iepirkumu (C(2021) 4320) ir ieteikta šāda politiska apņemšanās."
    ),
    "strategy-2.text": (
        "Mums ir inovāciju iepirkuma rīcības plāns ar noteiktiem atbildīgajiem, mērķiem un laika "
        "grafiku."
    ),
    "strategy-2.guidance": (
        "Piekrītiet, ja plānā ir noteikts, kas, ko un līdz kuram laikam dara, piemēram, ka "
        "iepirkumu nodaļa katru gadu veiks vienu izmēģinājuma iepirkumu un katru rudeni ziņos "
        "vadībai."
    ),
    "strategy-3.text": (
        "Mūsu augstākā vadība ir atklāti atbalstījusi vismaz vienu jauna risinājuma iepirkumu."
    ),
    "strategy-3.guidance": (
        "Piekrītiet, ja domes priekšsēdētājs, direktors vai nodaļas vadītājs ir prezentējis vai "
        "aizstāvējis šādu iepirkumu, piemēram, iesniedzot izmēģinājuma projektu domei vai "
        "apstiprinot izaicinājumu, ko tas risina."
    ),
    "strategy-4.text": (
        "Ja izmēģinājuma projekts nedod cerēto rezultātu, mūsu vadītāji to uztver kā mācību, "
        "nevis kā iesaistīto darbinieku kļūdu."
    ),
    "strategy-4.guidance": (
        "Piekrītiet, ja darbinieki, kuri veica labi sagatavotu, bet neizdevušos iepirkumu, netika "
        "vainoti un gūtās atziņas tika atklāti apspriestas, piemēram, vadības sanāksmē vai īsā "
        "rakstiskā pārskatā."
    ),
    "strategy-5.text": (
        "Katru gadu pārbaudām plānotos iepirkumus, meklējot iespējas iegādāties jaunu vai labāku "
        "risinājumu."
    ),
    "strategy-5.guidance": (
        "Piekrītiet, ja gada iepirkumu plāns šādā nolūkā tiek pārskatīts pirms iepirkumu "
        "sagatavošanas, piemēram, atzīmējot drīzumā beidzamos līgumus un apsverot, vai vajadzību "
        "varētu apmierināt jaunā veidā."
    ),
    "legal.name": "Juridiskās un procedūru zināšanas",
    "legal.description": (
        "Cik labi organizācija pārzina un izmanto procedūras un līguma noteikumus, ko publisko "
        "iepirkumu tiesības paredz jaunu risinājumu iegādei."
    ),
    "legal.recommendation": (
        "1. Sarīkojiet iepirkumu un juridiskajiem speciālistiem īsu informatīvu sesiju par jaunu "
        "risinājumu iegādei piemērotajām procedūrām: konkursa procedūru ar sarunām, konkursa "
        "dialogu un inovācijas partnerību (Direktīvas 2014/24/ES 29.–31. pants).\n"
        "2. Iepazīstieties ar to, kā cits pasūtītājs jūsu valstī izmantojis kādu no šīm "
        "procedūrām, un pajautājiet, ko tas darītu citādi.\n"
        "3. Vienojieties ar juridiskajiem konsultantiem par standarta noteikumiem attiecībā uz "
        "intelektuālā īpašuma tiesībām un par līgumslēgšanas tiesību piešķiršanas kritērijiem, "
        "kas līdzās cenai ņem vērā arī kvalitāti.\n"
        "4. Lūdziet valsts kompetences centram vai iepirkumu uzraudzības iestādei skaidrojumus "
        "par nacionālajiem noteikumiem iepirkumiem zem ES līgumcenu robežvērtībām."
    ),
    "legal-1.text": (
        "Mūsu iepirkumu speciālisti zina, kad drīkstam izmantot konkursa procedūru ar sarunām, "
        "konkursa dialogu vai inovācijas partnerību."
    ),
    "legal-1.guidance": (
        "Piekrītiet, ja darbinieki spēj paskaidrot, ka šīs procedūras ir piemērotas vajadzībām, "
        "kuru apmierināšanai nepieciešama jaunu risinājumu projektēšana, pielāgošana vai izstrāde "
        "(Direktīvas 2014/24/ES 26. panta 4. punkts, 29., 30. un 31. pants), un kura no tām "
        "atbilst konkrētai vajadzībai."
    ),
    "legal-2.text": (
        "Jauna vai pielāgota risinājuma iegādei esam izmantojuši citu procedūru, nevis atklātu "
        "procedūru."
    ),
    "legal-2.guidance": (
        "Piekrītiet, ja esat veikuši vismaz vienu šādu iepirkumu, piemēram, konkursa dialogu "
        "digitāla pakalpojuma iegādei vai inovācijas partnerību, lai izstrādātu un pēc tam "
        "iegādātos risinājumu, ko tirgus vēl nepiedāvāja."
    ),
    "legal-3.text": (
        "Mūsu juridiskie konsultanti palīdz mums noskaidrot, ko noteikumi ļauj darīt, nevis tikai "
        "to, ko tie aizliedz."
    ),
    "legal-3.guidance": (
        "Piekrītiet, ja juristi jau agrīni piedalās iepirkuma sagatavošanā un piedāvā likumīgus "
        "risinājumus, piemēram, kā rīkot tikšanās ar piegādātājiem, ievērojot vienlīdzīgas "
        "attieksmes principu, nevis iesaka no tikšanās ar piegādātājiem izvairīties pavisam."
    ),
    "legal-4.text": (
        "Mēs zinām, ar ko pirmskomercializācijas iepirkums atšķiras no inovatīvu risinājumu "
        "iepirkuma un kad piemērots katrs no tiem."
    ),
    "legal-4.guidance": (
        "Piekrītiet, ja darbinieki zina, ka pirmskomercializācijas iepirkumā konkurējošos posmos "
        "iepērk pētniecības un izstrādes pakalpojumus un uz to direktīva neattiecas, ja "
        "pasūtītājs nepatur visus ieguvumus (Direktīvas 2014/24/ES 14. pants), savukārt inovatīvu "
        "risinājumu iepirkumā iegādājas risinājumus, kas ir jauni, bet jau tuvu nonākšanai tirgū."
    ),
    "legal-5.text": (
        "Mūsu iepirkuma dokumentos noteiktie intelektuālā īpašuma tiesību noteikumi atbilst tam, "
        "ko iepērkam."
    ),
    "legal-5.guidance": (
        "Piekrītiet, ja tiesību sadalījumu nosakāt katram iepirkumam atsevišķi, nevis kopējat "
        "standarta noteikumu, piemēram, atstājot īpašumtiesības piegādātājam, bet pasūtītājam "
        "saglabājot licenci rezultātu izmantošanai un pielāgošanai, kā aplūkots Komisijas "
        "vadlīnijās par inovāciju iepirkumu."
    ),
    "legal-6.text": (
        "Līgumus par jauniem risinājumiem piešķiram, vērtējot ne tikai cenu, bet arī kvalitāti."
    ),
    "legal-6.guidance": (
        "Piekrītiet, ja jūsu līgumslēgšanas tiesību piešķiršanas kritēriji līdzās cenai vai "
        "aprites cikla izmaksām ņem vērā kvalitāti, piemēram, funkcionālos, vides vai inovatīvos "
        "raksturlielumus (Direktīvas 2014/24/ES 67. pants), lai uzvarēt varētu labāks risinājums."
    ),
    "needs.name": "Vajadzību novērtējums",
    "needs.description": (
        "Kā organizācija noskaidro un apraksta savas vajadzības, pirms izlemj, ko iegādāties."
    ),
    "needs.recommendation": (
        "1. Nākamajam iepirkumam uzrakstiet vienu lappusi par risināmo problēmu un nepieciešamo "
        "rezultātu, pirms kāds nosauc konkrētu produktu.\n"
        "2. Sarīkojiet darbnīcu ar darbiniekiem un iedzīvotājiem, kuri izmantos risinājumu, un "
        "pierakstiet, kas šodien darbojas slikti un kāpēc.\n"
        "3. Apkopojiet faktus par pašreizējo situāciju – izmaksas, pakalpojumu līmeni un sūdzības "
        "–, lai vēlāk varētu parādīt, kas ir mainījies.\n"
        "4. Pārbaudiet, kas jau pastāv: citu pilsētu izmēģinājuma iepirkumi šajā bibliotēkā, "
        "pētījumu rezultāti un patentu datubāzes.\n"
        "5. Pārvērtiet vajadzību darbības rezultātu vai funkcionālajās prasībās un, kur tas ir "
        "lietderīgi, atļaujiet iesniegt variantus."
    ),
    "needs-1.text": (
        "Pirms iepirkuma mēs aprakstām risināmo problēmu un nepieciešamo rezultātu, nevis "
        "konkrētu produktu."
    ),
    "needs-1.guidance": (
        "Piekrītiet, ja iepirkuma pirmajā dokumentā ir norādīta problēma, piemēram, „ziemā "
        "nenotiek pārāk daudz aprūpes mājās apmeklējumu”, nevis produkts, piemēram, „12 "
        "elektriskie furgoni”."
    ),
    "needs-2.text": "Vajadzības aprakstīšanā iesaistām darbiniekus, kuri izmantos risinājumu.",
    "needs-2.guidance": (
        "Piekrītiet, ja cilvēki, kuri strādās ar risinājumu, piedalās vajadzības aprakstīšanā, "
        "piemēram, skolu saimniecības pārziņi, iegādājoties ēkas energopārvaldības sistēmu, vai "
        "medmāsas, iegādājoties aprūpes pakalpojumu."
    ),
    "needs-3.text": "Pirms izlemjam, ko iegādāties, apkopojam faktus par pašreizējo situāciju.",
    "needs-3.guidance": (
        "Piekrītiet, ja vācat datus, piemēram, par pašreizējām izmaksām, pakalpojumu līmeni, "
        "enerģijas patēriņu vai sūdzībām, lai vajadzība būtu pamatota ar pierādījumiem un "
        "rezultātu vēlāk varētu salīdzināt."
    ),
    "needs-4.text": (
        "Pirms definējam vajadzību, pārbaudām, kādi risinājumi, pētījumu rezultāti un patenti jau "
        "pastāv."
    ),
    "needs-4.guidance": (
        "Piekrītiet, ja pirms specifikācijas sagatavošanas veicat izpēti, piemēram, aplūkojat "
        "citu pasūtītāju izmēģinājuma iepirkumus, ES finansētu pētījumu rezultātus CORDIS un "
        "tādas patentu datubāzes kā Espacenet, lai neprasītu neiespējamo un nepalaistu garām to, "
        "kas jau ir pieejams."
    ),
    "needs-5.text": (
        "Mūsu tehniskajās specifikācijās ir noteiktas darbības rezultātu vai funkcionālās "
        "prasības, atstājot piegādātājiem iespēju piedāvāt, kā tās izpildīt."
    ),
    "needs-5.guidance": (
        "Piekrītiet, ja specifikācijās ir norādīts, kas risinājumam jāpanāk, piemēram, „uzturēt "
        "telpu temperatūru noteiktās robežās ar mazāku enerģijas patēriņu”, nevis kā to izdarīt "
        "(Direktīvas 2014/24/ES 42. panta 3. punkta a) apakšpunkts), un, kur lietderīgi, ir "
        "atļauti varianti (45. pants)."
    ),
    "market.name": "Sadarbība ar tirgu",
    "market.description": (
        "Kā organizācija sazinās ar piegādātājiem pirms iepirkuma un tā laikā un vai tajā var "
        "piedalīties mazi un jauni uzņēmumi."
    ),
    "market.recommendation": (
        "1. Pirms nākamā iepirkuma jaunas vajadzības apmierināšanai rīkojiet atklātu iepriekšēju "
        "apspriešanos ar tirgus dalībniekiem: publicējiet iepriekšēju informatīvo paziņojumu ar "
        "problēmas aprakstu, aiciniet iesniegt rakstiskas atbildes un sarīkojiet informatīvo "
        "dienu (Direktīvas 2014/24/ES 40. pants).\n"
        "2. Reģistrējiet katru saziņu ar piegādātājiem un sniegto informāciju dariet zināmu "
        "visiem pretendentiem, lai neviens neiegūtu priekšrocības (41. pants).\n"
        "3. Publicējiet nākamā gada iepirkumu plānu savā tīmekļvietnē.\n"
        "4. Lūdziet inovāciju aģentūrai, klasteriem vai uzņēmēju apvienībām nodot jūsu "
        "izaicinājumu jaunuzņēmumiem un maziem uzņēmumiem.\n"
        "5. Kur iespējams, sadaliet lielus līgumus daļās, bet, ja to nedarāt, norādiet iemeslus "
        "iepirkuma dokumentos (46. pants)."
    ),
    "market-1.text": (
        "Pirms iepirkumiem jaunu vai sarežģītu vajadzību apmierināšanai rīkojam atklātu "
        "apspriešanos ar tirgus dalībniekiem."
    ),
    "market-1.guidance": (
        "Piekrītiet, ja pirms šādiem iepirkumiem regulāri atklāti apspriežaties ar tirgus "
        "dalībniekiem, piemēram, publicējot iepriekšēju informatīvo paziņojumu, rīkojot "
        "informatīvo dienu un aicinot iesniegt rakstiskas atbildes (Direktīvas 2014/24/ES 40. "
        "pants)."
    ),
    "market-2.text": (
        "Plānotos iepirkumus publicējam pietiekami agri, lai piegādātāji paspētu sagatavoties."
    ),
    "market-2.guidance": (
        "Piekrītiet, ja piegādātāji par gaidāmajiem iepirkumiem var uzzināt vairākus mēnešus "
        "iepriekš, piemēram, no iepirkumu plāna jūsu tīmekļvietnē vai no iepriekšēja informatīvā "
        "paziņojuma (Direktīvas 2014/24/ES 48. pants)."
    ),
    "market-3.text": (
        "Mēs zinām, kā sazināties ar piegādātājiem pirms iepirkuma, nepārkāpjot vienlīdzīgas "
        "attieksmes principu."
    ),
    "market-3.guidance": (
        "Piekrītiet, ja darbinieki reģistrē savu saziņu ar piegādātājiem, apspriesto informāciju "
        "dara zināmu visiem pretendentiem un dod pietiekami daudz laika atbildei (Direktīvas "
        "2014/24/ES 41. pants), nevis izvairās no piegādātājiem, baidoties no sūdzībām."
    ),
    "market-4.text": (
        "Mēs uzrunājam ne tikai ierastos piegādātājus, bet arī, piemēram, jaunuzņēmumus un "
        "uzņēmumus no citām nozarēm."
    ),
    "market-4.guidance": (
        "Piekrītiet, ja par jūsu apspriešanos ar tirgus dalībniekiem un iepirkumiem tiek paziņots "
        "kanālos, kuriem seko jauni piegādātāji, piemēram, ar inovāciju aģentūru, klasteru vai "
        "uzņēmēju apvienību starpniecību vai sadarbības partneru meklēšanas pasākumos."
    ),
    "market-5.text": (
        "Lielus līgumus sadalām daļās vai pieļaujam kopīgus piedāvājumus, lai varētu piedalīties "
        "mazi uzņēmumi."
    ),
    "market-5.guidance": (
        "Piekrītiet, ja katram lielam līgumam apsverat sadalīšanu daļās un paskaidrojat, kāpēc to "
        "nedarāt (Direktīvas 2014/24/ES 46. pants), un jūsu atlases kritēriji ļauj maziem "
        "uzņēmumiem iesniegt piedāvājumus kopā vai balstīties uz partneru iespējām (19. un 63. "
        "pants)."
    ),
    "market-6.text": (
        "Pēc katra iepirkuma neizraudzītajiem pretendentiem sniedzam skaidru atgriezenisko saiti."
    ),
    "market-6.guidance": (
        "Piekrītiet, ja pretendenti uzzina, kāpēc viņu piedāvājums netika izraudzīts un ar ko "
        "uzvarējušais piedāvājums bija labāks (Direktīvas 2014/24/ES 55. pants), piemēram, "
        "vēstulē vai īsā tikšanās reizē, lai nākamreiz viņi varētu piedāvāt labāk."
    ),
    "risk.name": "Riski, budžets un darbības pamatojums",
    "risk.description": (
        "Vai organizācija izvērtē jauna risinājuma izmaksas, ieguvumus un riskus un vai tai ir "
        "līdzekļi un līgumu instrumenti tā izmēģināšanai."
    ),
    "risk.recommendation": (
        "1. Pirms nākamā jauna risinājuma iepirkuma sagatavojiet darbības pamatojumu, kurā tas "
        "salīdzināts ar pašreizējo darba veidu visā risinājuma aprites ciklā.\n"
        "2. Uzskaitiet galvenos tehniskos, juridiskos, finanšu un lietotāju riskus un katram "
        "nosakiet atbildīgo un veidu, kā to mazināt.\n"
        "3. Ierosiniet budžetā paredzēt līdzekļus izmēģinājuma projektiem vai meklējiet ES vai "
        "valsts finansējumu inovāciju iepirkumam šīs platformas finansējuma iespēju sadaļā.\n"
        "4. Iestrādājiet līgumā posmu kontrolpunktus: izmēģinājuma posmu ar skaidriem mērķiem un "
        "tiesības pēc tā līgumu izbeigt."
    ),
    "risk-1.text": (
        "Pirms jauna risinājuma iepirkuma sagatavojam darbības pamatojumu, kurā tas salīdzināts "
        "ar pašreizējo darba veidu."
    ),
    "risk-1.guidance": (
        "Piekrītiet, ja rakstiskā darbības pamatojumā ir izklāstītas jaunā risinājuma izmaksas, "
        "ieguvumi un riski salīdzinājumā ar esošās situācijas saglabāšanu, piemēram, viedais ielu "
        "apgaismojums salīdzinājumā ar veco lampu nomaiņu pret tādām pašām."
    ),
    "risk-2.text": (
        "Mēs identificējam iepirkuma galvenos riskus un plānojam, kā mazināt katru no tiem."
    ),
    "risk-2.guidance": (
        "Piekrītiet, ja katram inovāciju iepirkumam ir risku saraksts, kas aptver tehniskos, "
        "juridiskos, finanšu un lietotāju akceptēšanas riskus, katram riskam ir noteikts "
        "atbildīgais un rīcība, un saraksts tiek pārskatīts projekta gaitā."
    ),
    "risk-3.text": (
        "Mūsu darbības pamatojumos tiek aprēķinātas izmaksas visā risinājuma aprites ciklā, nevis "
        "tikai iegādes cena."
    ),
    "risk-3.guidance": (
        "Piekrītiet, ja iekļaujat ekspluatācijas, uzturēšanas, enerģijas un aprites cikla beigu "
        "izmaksas un varat izmantot to pašu metodi, lai salīdzinātu piedāvājumus pēc aprites "
        "cikla izmaksām (Direktīvas 2014/24/ES 68. pants)."
    ),
    "risk-4.text": (
        "Mums ir līdzekļi, ko varam izmantot jauna risinājuma izmēģināšanai pirms pilna apjoma "
        "iegādes."
    ),
    "risk-4.guidance": (
        "Piekrītiet, ja izmēģinājumiem ir pieejama budžeta pozīcija, izmēģinājumu fonds vai ārējs "
        "finansējums, piemēram, no ES programmas vai valsts inovāciju aģentūras, un tam nav jāņem "
        "līdzekļi no esošajiem pakalpojumiem."
    ),
    "risk-5.text": (
        "Mūsu līgumos par jauniem risinājumiem ir paredzēti posmu kontrolpunkti, izmēģinājuma "
        "posmi vai ar darbības rezultātiem saistīta samaksa."
    ),
    "risk-5.guidance": (
        "Piekrītiet, ja līgumi ļauj apturēt vai pielāgot darbu pēc posma, kurā mērķi nav "
        "sasniegti, kā to pieļauj inovācijas partnerība (Direktīvas 2014/24/ES 31. panta 2. "
        "punkts), vai daļa samaksas ir piesaistīta izmērītiem rezultātiem."
    ),
    "skills.name": "Prasmes un organizācija",
    "skills.description": (
        "Vai organizācijai ir cilvēki, laiks, komandas un rīki, lai sagatavotu un veiktu jaunu "
        "risinājumu iepirkumus."
    ),
    "skills.recommendation": (
        "1. Nosakiet kontaktpersonu inovāciju iepirkuma jautājumos un atvēliet tai šim darbam "
        "laiku.\n"
        "2. Nosūtiet iepirkumu, juridiskos un tehniskos speciālistus kopā uz mācībām par "
        "inovāciju iepirkumu un dalieties ar to, ko viņi iemācījušies.\n"
        "3. Nākamajam jauna risinājuma iepirkumam jau no paša sākuma izveidojiet komandu ar "
        "iepirkumu, juridiskajām, tehniskajām un lietotāju vajadzību zināšanām.\n"
        "4. Katra projekta iepirkuma dokumentus un gūtās atziņas glabājiet vienā kopīgā vietā un "
        "kā sākumpunktu izmantojiet šīs bibliotēkas veidnes."
    ),
    "skills-1.text": (
        "Mūsu iepirkumu speciālisti pēdējo divu gadu laikā ir apguvuši mācības par inovāciju "
        "iepirkumu."
    ),
    "skills-1.guidance": (
        "Piekrītiet, ja vismaz daļa darbinieku, kuri sagatavo iepirkumus, ir apguvuši kursu vai "
        "vebināru ciklu par šo tēmu vai piedalījušies pieredzes apmaiņā ar kolēģiem, piemēram, ko "
        "rīkojis valsts kompetences centrs vai kāds ES projekts."
    ),
    "skills-2.text": (
        "Katram jauna risinājuma iepirkumam ir komanda, kas apvieno iepirkumu, juridiskās, "
        "tehniskās un lietotāju vajadzību zināšanas."
    ),
    "skills-2.guidance": (
        "Piekrītiet, ja šāda komanda tiek izveidota sākumā, nevis tad, kad iepirkuma dokumenti "
        "jau uzrakstīti, piemēram, iepirkumu speciālists, jurists, inženieris un pakalpojuma "
        "vadītājs tiekas jau no vajadzību novērtējuma posma."
    ),
    "skills-3.text": "Mēs zinām, kur saņemt ekspertu palīdzību inovāciju iepirkuma jautājumos.",
    "skills-3.guidance": (
        "Piekrītiet, ja darbinieki zina, pie kā vērsties, piemēram, pie valsts inovāciju "
        "iepirkuma kompetences centra, inovāciju aģentūras vai universitātes; Komisijas "
        "vadlīnijās par inovāciju iepirkumu šādu centru izveide tiek veicināta."
    ),
    "skills-4.text": (
        "Mūsu darbiniekiem ir atvēlēts laiks ne tikai ierasto iepirkumu, bet arī jaunu risinājumu "
        "iepirkumu sagatavošanai."
    ),
    "skills-4.guidance": (
        "Piekrītiet, ja darba plānos ir atstāta vieta šo iepirkumu ilgākai sagatavošanai, "
        "piemēram, nosakot inovāciju iepirkuma kontaktpersonu, kurai tam ir rezervētas darba "
        "stundas."
    ),
    "skills-5.text": (
        "Iepriekšējo iepirkumu veidnes un piemērus glabājam vietā, kur kolēģi tos var atrast un "
        "izmantot atkārtoti."
    ),
    "skills-5.guidance": (
        "Piekrītiet, ja kopīgā mapē vai iekštīkla lapā ir pieejami iepriekšējie paziņojumi par "
        "apspriešanos ar tirgus dalībniekiem, specifikācijas, vērtēšanas tabulas un līguma "
        "noteikumi ar piezīmi par to, kas izdevās."
    ),
    "cooperation.name": "Sadarbība un tīkli",
    "cooperation.description": (
        "Kā organizācija inovāciju iepirkuma jomā sadarbojas ar savām struktūrvienībām, citiem "
        "pasūtītājiem un vietējiem inovāciju dalībniekiem."
    ),
    "cooperation.recommendation": (
        "1. Atrodiet šajā platformā divas organizācijas, kas jau iegādājušās to, ko plānojat "
        "iegādāties jūs, un palūdziet tām stundu ilgu sarunu.\n"
        "2. Pievienojieties BSR Cities Network un valsts pasūtītāju tīklam un dalieties tajos ar "
        "kāda sava iepirkuma dokumentiem.\n"
        "3. Pirms katra struktūrvienība iepērk atsevišķi, aiciniet kopā tās, kurām ir kopīga "
        "vajadzība, piemēram, enerģijas pārvaldība skolās un birojos.\n"
        "4. Apsveriet iespēju iepirkt kopā ar kaimiņu pašvaldībām vai ar centralizēto iepirkumu "
        "struktūras starpniecību, lai sadalītu darbu un riskus (Direktīvas 2014/24/ES 37.–39. "
        "pants)."
    ),
    "cooperation-1.text": "Mēs apmaināmies ar inovāciju iepirkuma pieredzi ar citiem pasūtītājiem.",
    "cooperation-1.guidance": (
        "Piekrītiet, ja darbinieki regulāri tiekas vai sazvanās ar kolēģiem savā valstī vai "
        "ārvalstīs par viņu iepirkumiem, piemēram, pilsētu tīklā vai ES projektā, un izmanto "
        "uzzināto."
    ),
    "cooperation-2.text": (
        "Mūsu struktūrvienības kopīgas vajadzības risina kopā, nevis katra iepērk atsevišķi."
    ),
    "cooperation-2.guidance": (
        "Piekrītiet, ja struktūrvienības ar līdzīgu vajadzību kopā sagatavo vienu iepirkumu, "
        "piemēram, izglītības un īpašumu pārvaldības struktūrvienības iegādājas vienu "
        "energopārvaldības sistēmu skolām un birojiem."
    ),
    "cooperation-3.text": "Esam iepirkuši vai gatavojušies iepirkt kopā ar citiem pasūtītājiem.",
    "cooperation-3.guidance": (
        "Piekrītiet, ja esat piedalījušies kopīgā iepirkumā ar kaimiņu pašvaldībām, ar "
        "centralizēto iepirkumu struktūras starpniecību vai pārrobežu līmenī (Direktīvas "
        "2014/24/ES 37.–39. pants), lai sadalītu darbu un riskus."
    ),
    "cooperation-4.text": (
        "Sagatavojot iepirkumus, sadarbojamies ar vietējiem inovāciju dalībniekiem, piemēram, "
        "universitātēm, inovāciju aģentūrām vai klasteriem."
    ),
    "cooperation-4.guidance": (
        "Piekrītiet, ja šādi partneri palīdz jums izprast vajadzību vai tirgu, piemēram, "
        "universitāte izmēģina risinājumu dzīvajā laboratorijā vai klasteris aicina savus biedrus "
        "piedalīties apspriešanā ar tirgus dalībniekiem."
    ),
    "cooperation-5.text": (
        "Savus iepirkuma dokumentus un rezultātus nododam citiem pasūtītājiem, lai tie tos varētu "
        "izmantot atkārtoti."
    ),
    "cooperation-5.guidance": (
        "Piekrītiet, ja publicējat vai nododat citiem savu iepirkumu specifikācijas, vērtēšanas "
        "tabulas un gūtās atziņas, piemēram, kā labās prakses piemēru šajā platformā."
    ),
    "users.name": "Lietotāju un iedzīvotāju iesaiste",
    "users.description": (
        "Kā iedzīvotāji un pakalpojumu lietotāji piedalās jaunu risinājumu definēšanā, testēšanā "
        "un izvērtēšanā."
    ),
    "users.recommendation": (
        "1. Pirms nākamā jauna pakalpojuma iepirkuma pajautājiet tā lietotājiem, kas šodien "
        "darbojas slikti, – ar intervijām, aptauju vai darbnīcu.\n"
        "2. Izmēģiniet koprades darbnīcu ar iedzīvotājiem, uzņēmumiem un pētniekiem par kādu "
        "vietēju izaicinājumu, izmantojot šīs bibliotēkas CityLab materiālus.\n"
        "3. Pirms jauna risinājuma ieviešanas plānojiet tā testēšanu ar reāliem lietotājiem un "
        "iepriekš izlemiet, ko mērīsiet.\n"
        "4. Pārbaudiet, vai jūsu specifikācijās ir iekļautas piekļūstamības prasības (Direktīvas "
        "2014/24/ES 42. panta 1. punkts).\n"
        "5. Pastāstiet dalībniekiem, kas mainījās, pateicoties viņu ieguldījumam."
    ),
    "users-1.text": (
        "Definējot problēmu, kas iepirkumam jāatrisina, mēs iesaistām iedzīvotājus vai "
        "pakalpojumu lietotājus."
    ),
    "users-1.guidance": (
        "Piekrītiet, ja lietotāju viedoklis ietekmē vajadzības formulējumu, piemēram, pirms "
        "mobilitātes iepirkuma tiek intervēti autobusu pasažieri vai pirms skolu ēdināšanas "
        "pakalpojuma iegādes aptaujāti vecāki."
    ),
    "users-2.text": (
        "Vietējo izaicinājumu risināšanā izmantojam koprades metodes kopā ar iedzīvotājiem, "
        "uzņēmumiem un pētniekiem."
    ),
    "users-2.guidance": (
        "Piekrītiet, ja esat rīkojuši darbnīcas vai dzīvo laboratoriju, kurā šīs grupas kopā "
        "strādāja pie reāla izaicinājuma, piemēram, CityLab par drošākiem gājēju maršrutiem uz "
        "skolu."
    ),
    "users-3.text": (
        "Pirms lēmuma par plašu ieviešanu lietotāji izmēģina jauno risinājumu reālos apstākļos."
    ),
    "users-3.guidance": (
        "Piekrītiet, ja pirms plašas ieviešanas notiek izmēģinājums ar reāliem lietotājiem, "
        "piemēram, aprūpes lietotni izmēģina aprūpes mājās klientu un darbinieku grupa, un viņu "
        "atsauksmes tiek fiksētas."
    ),
    "users-4.text": (
        "Mūsu specifikācijās ir iekļautas piekļūstamības prasības personām ar invaliditāti."
    ),
    "users-4.guidance": (
        "Piekrītiet, ja piekļūstamība vai universālais dizains ir daļa no katras specifikācijas, "
        "kas attiecas uz to, ko izmantos cilvēki (Direktīvas 2014/24/ES 42. panta 1. punkts), "
        "piemēram, digitālo pakalpojumu specifikācijās ir atsauce uz Eiropas standartu EN 301 "
        "549."
    ),
    "users-5.text": (
        "Mēs informējam iedzīvotājus un lietotājus, kā viņu ieguldījums ir mainījis iepirkumu."
    ),
    "users-5.guidance": (
        "Piekrītiet, ja dalībnieki saņem atgriezenisko saiti, piemēram, īsā paziņojumā pilsētas "
        "tīmekļvietnē vai turpmākā tikšanās reizē, par to, kuras no viņu idejām tika izmantotas "
        "un kāpēc citas netika."
    ),
    "impact.name": "Ietekmes mērīšana un paplašināšana",
    "impact.description": (
        "Vai organizācija mēra, ko panāk jaunie risinājumi, atbilstoši pārvalda līgumu un "
        "paplašina to, kas darbojas."
    ),
    "impact.recommendation": (
        "1. Nākamajam jauna risinājuma iepirkumam nosakiet trīs līdz piecus rādītājus un pirms "
        "iepirkuma izmēriet to pašreizējās vērtības.\n"
        "2. Plānojiet, kā līguma izpildes laikā tiks mērīti rezultāti un kurš par tiem ziņos "
        "vadībai.\n"
        "3. Iekļaujiet līgumā opcijas vai pārskatīšanas klauzulas, lai risinājumu, kas darbojas, "
        "varētu paplašināt bez jauna iepirkuma (Direktīvas 2014/24/ES 72. panta 1. punkta a) "
        "apakšpunkts).\n"
        "4. Publicējiet rezultātus, tostarp to, kas neizdevās, kā labās prakses piemēru šajā "
        "platformā."
    ),
    "impact-1.text": (
        "Pirms iepirkuma mēs nosakām rādītājus un izmērām sagaidāmo rezultātu sākotnējās vērtības."
    ),
    "impact-1.guidance": (
        "Piekrītiet, ja zināt pašreizējās vērtības tam, kas risinājumam būtu jāuzlabo, piemēram, "
        "ēkas enerģijas patēriņu vai pakalpojuma gaidīšanas laiku, un esat pierakstījuši mērķa "
        "vērtību."
    ),
    "impact-2.text": (
        "Pēc izmēģinājuma projekta vai līguma izpildes mēs salīdzinām rezultātus ar mērķiem un "
        "ziņojam par tiem vadībai."
    ),
    "impact-2.guidance": (
        "Piekrītiet, ja rakstiskā izvērtējumā rezultāti ir salīdzināti ar sākotnējām un mērķa "
        "vērtībām, piemēram, ziņojumā domei pēc jaunā pakalpojuma pirmā darbības gada."
    ),
    "impact-3.text": (
        "Līguma izpildes laikā mēs uzraugām, kā piegādātājs to pilda, un laikus risinām problēmas."
    ),
    "impact-3.guidance": (
        "Piekrītiet, ja norīkots līguma vadītājs regulārās sanāksmēs ar piegādātāju pārbauda "
        "saskaņotos darbības rādītājus un fiksē panāktās vienošanās."
    ),
    "impact-4.text": (
        "Ja izmēģinājuma projekts izdodas, mums ir kārtība, kā lemt par tā plašāku izmantošanu un "
        "to finansēt."
    ),
    "impact-4.guidance": (
        "Piekrītiet, ja līgumā vai plānā ir paredzēts nākamais solis, piemēram, opcija paplašināt "
        "risinājumu uz vairākām vietām (Direktīvas 2014/24/ES 72. panta 1. punkta a) apakšpunkts) "
        "vai inovācijas partnerības iegādes posms (31. pants)."
    ),
    "impact-5.text": (
        "Mēs publicējam savu inovāciju iepirkumu rezultātus, tostarp to, kas neizdevās."
    ),
    "impact-5.guidance": (
        "Piekrītiet, ja rezultāti ir publiski pieejami, lai citi pasūtītāji varētu no tiem "
        "mācīties, piemēram, gadījuma izpēte jūsu tīmekļvietnē vai labās prakses piemērs šajā "
        "platformā."
    ),
}
