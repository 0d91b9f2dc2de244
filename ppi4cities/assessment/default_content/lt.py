"""The default readiness questionnaire in Lithuanian; keys as in en.py."""

TEXTS = {
    "name": "Pasirengimas inovacijų viešiesiems pirkimams",
    "description": (
        "Kiek Jūsų organizacija pasirengusi viešųjų pirkimų būdu įsigyti naujų ir geresnių "
        "sprendimų. Vertinama devyniose srityse, parengtose remiantis EBPO strateginių viešųjų "
        "pirkimų sistema, INNLOCAL savivaldybių įsivertinimo priemone ir Europos Komisijos "
        "inovacijų viešųjų pirkimų gairėmis. Atsakykite apie tai, kaip Jūsų organizacija dirba "
        "šiandien, o ne kaip ji planuoja dirbti."
    ),
    "scale.1": "Visiškai nesutinku",
    "scale.2": "Nesutinku",
    "scale.3": "Nei sutinku, nei nesutinku",
    "scale.4": "Sutinku",
    "scale.5": "Visiškai sutinku",
    "strategy.name": "Strategija ir vadovavimas",
    "strategy.description": (
        "Ar inovacijų viešieji pirkimai įtraukti į organizacijos tikslus ir planus ir ar jos "
        "vadovai juos remia praktiškai."
    ),
    "strategy.recommendation": (
        "1. Paprašykite vadovybės įtraukti inovacijų viešuosius pirkimus į kitą viešųjų pirkimų "
        "strategiją, klimato kaitos veiksmų planą ar skaitmeninimo strategiją kaip būdą pasiekti "
        "tikslus, kuriuos organizacija jau yra išsikėlusi.\n"
        "2. Parenkite trumpą veiksmų planą: kuriuos poreikius spręsti pirmiausia, kas atsakingas "
        "už kiekvieną žingsnį ir kada vadovybė peržiūrės pažangą.\n"
        "3. Kartu su skyriais peržiūrėkite kitų metų viešųjų pirkimų planą ir pažymėkite du ar "
        "tris pirkimus, kuriuose naujas sprendimas galėtų būti geresnis už įprastą.\n"
        "4. Raštu susitarkite su vadovybe, kaip bus vertinamas nepasiteisinęs bandomasis "
        "projektas, kad darbuotojai nebijotų bandyti."
    ),
    "strategy-1.text": (
        "Mūsų organizacijos strategijoje ar viešųjų pirkimų politikoje inovacijų viešieji "
        "pirkimai įvardyti kaip būdas pasiekti jos tikslus."
    ),
    "strategy-1.guidance": (
        "Sutikite, jei taryba ar vadovybė yra patvirtinusi dokumentą, kuriame nurodyta, kad "
        "organizacija savo tikslams pasiekti pirks naujus sprendimus, pavyzdžiui, viešųjų pirkimų "
        "strategiją, kuri sieja pirkimus su miesto klimato tikslais. Europos Komisijos inovacijų "
        "viešųjų pirkimų gairėse (C(2021) 4320) rekomenduojamas toks politinis įsipareigojimas."
    ),
    "strategy-2.text": (
        "Turime inovacijų viešųjų pirkimų veiksmų planą su paskirtais atsakingais asmenimis, "
        "tikslais ir tvarkaraščiu."
    ),
    "strategy-2.guidance": (
        "Sutikite, jei plane nurodyta, kas, ką ir iki kada daro, pavyzdžiui, kad pirkimų skyrius "
        "kasmet vykdys vieną bandomąjį pirkimą ir kiekvieną rudenį atsiskaitys vadovybei."
    ),
    "strategy-3.text": (
        "Mūsų aukščiausioji vadovybė yra viešai parėmusi bent vieną naujo sprendimo pirkimą."
    ),
    "strategy-3.guidance": (
        "Sutikite, jei meras, direktorius ar skyriaus vedėjas yra pristatęs ar gynęs tokį "
        "pirkimą, pavyzdžiui, teikęs bandomąjį projektą tarybai arba patvirtinęs iššūkį, kurį tas "
        "pirkimas sprendžia."
    ),
    "strategy-4.text": (
        "Kai bandomasis projektas neduoda laukto rezultato, mūsų vadovai tai laiko pamoka, o ne "
        "jame dalyvavusių darbuotojų klaida."
    ),
    "strategy-4.guidance": (
        "Sutikite, jei darbuotojai, vykdę gerai parengtą, bet nepasiteisinusį pirkimą, nebuvo "
        "kaltinami, o pamokos buvo atvirai aptartos, pavyzdžiui, vadovybės pasitarime ar trumpoje "
        "rašytinėje apžvalgoje."
    ),
    "strategy-5.text": (
        "Kasmet peržiūrime planuojamus pirkimus ieškodami galimybių įsigyti naują ar geresnį "
        "sprendimą."
    ),
    "strategy-5.guidance": (
        "Sutikite, jei metinis viešųjų pirkimų planas šiuo požiūriu peržiūrimas prieš rengiant "
        "pirkimus, pavyzdžiui, pažymint netrukus baigsiančias galioti sutartis ir svarstant, ar "
        "poreikį būtų galima patenkinti nauju būdu."
    ),
    "legal.name": "Teisinės ir procedūrinės žinios",
    "legal.description": (
        "Kaip gerai organizacija išmano ir taiko viešųjų pirkimų teisės numatytas procedūras ir "
        "sutarčių sąlygas, skirtas naujiems sprendimams pirkti."
    ),
    "legal.recommendation": (
        "1. Surenkite pirkimų ir teisės specialistams trumpą instruktažą apie naujiems "
        "sprendimams pirkti skirtas procedūras: konkurso procedūrą su derybomis, konkurencinį "
        "dialogą ir inovacijų partnerystę (Direktyvos 2014/24/ES 29–31 str.).\n"
        "2. Susipažinkite, kaip kita Jūsų šalies perkančioji organizacija taikė vieną iš šių "
        "procedūrų, ir paklauskite, ką ji darytų kitaip.\n"
        "3. Su teisininkais suderinkite standartines intelektinės nuosavybės teisių sąlygas ir "
        "sutarties sudarymo kriterijus, pagal kuriuos vertinama ne tik kaina, bet ir kokybė.\n"
        "4. Kreipkitės į nacionalinį kompetencijų centrą ar viešųjų pirkimų instituciją dėl "
        "rekomendacijų, kaip taikyti nacionalines taisykles pirkimams, kurių vertė mažesnė už ES "
        "nustatytas ribas."
    ),
    "legal-1.text": (
        "Mūsų pirkimų specialistai žino, kada galime taikyti konkurso procedūrą su derybomis, "
        "konkurencinį dialogą ar inovacijų partnerystę."
    ),
    "legal-1.guidance": (
        "Sutikite, jei darbuotojai gali paaiškinti, kad šios procedūros tinka poreikiams, kuriems "
        "patenkinti reikia projektuoti, pritaikyti ar kurti naujus sprendimus (Direktyvos "
        "2014/24/ES 26 str. 4 d., 29, 30 ir 31 str.), ir kuri iš jų tinka konkrečiam poreikiui."
    ),
    "legal-2.text": (
        "Naujam ar pritaikytam sprendimui pirkti esame taikę kitą nei atviro konkurso procedūrą."
    ),
    "legal-2.guidance": (
        "Sutikite, jei esate atlikę bent vieną tokį pirkimą, pavyzdžiui, konkurencinį dialogą "
        "skaitmeninei paslaugai įsigyti arba inovacijų partnerystę, kad būtų sukurtas ir vėliau "
        "nupirktas rinkoje dar nesiūlomas sprendimas."
    ),
    "legal-3.text": (
        "Mūsų teisininkai padeda mums išsiaiškinti, ką taisyklės leidžia daryti, o ne tik nurodo, "
        "ką jos draudžia."
    ),
    "legal-3.guidance": (
        "Sutikite, jei teisininkai anksti įsitraukia į pirkimo rengimą ir siūlo teisėtus "
        "sprendimo būdus, pavyzdžiui, kaip rengti susitikimus su tiekėjais laikantis "
        "lygiateisiškumo principo, užuot patarę su tiekėjais apskritai nesusitikti."
    ),
    "legal-4.text": (
        "Žinome, kuo ikiprekybiniai pirkimai skiriasi nuo inovatyvių sprendimų viešųjų pirkimų ir "
        "kada tinka vieni, o kada kiti."
    ),
    "legal-4.guidance": (
        "Sutikite, jei darbuotojai žino, kad ikiprekybiniais pirkimais konkuruojančiais etapais "
        "perkamos mokslinių tyrimų ir eksperimentinės plėtros paslaugos ir kad jiems direktyva "
        "netaikoma, kai perkančioji organizacija pasilieka ne visą naudą (Direktyvos 2014/24/ES "
        "14 str.), o inovatyvių sprendimų viešaisiais pirkimais perkami nauji, bet jau beveik "
        "rinkai parengti sprendimai."
    ),
    "legal-5.text": (
        "Mūsų pirkimo dokumentuose nustatytos intelektinės nuosavybės teisių sąlygos atitinka "
        "tai, ką perkame."
    ),
    "legal-5.guidance": (
        "Sutikite, jei teisių paskirstymą nustatote kiekvienam pirkimui atskirai, o ne "
        "kopijuojate standartinę sąlygą, pavyzdžiui, nuosavybės teises paliekate tiekėjui, o "
        "perkančioji organizacija pasilieka licenciją rezultatams naudoti ir pritaikyti, kaip "
        "aptariama Komisijos inovacijų viešųjų pirkimų gairėse."
    ),
    "legal-6.text": "Sutartis dėl naujų sprendimų sudarome vertindami ne tik kainą, bet ir kokybę.",
    "legal-6.guidance": (
        "Sutikite, jei Jūsų sutarties sudarymo kriterijai greta kainos ar gyvavimo ciklo sąnaudų "
        "apima ir kokybę, pavyzdžiui, funkcines, aplinkosaugines ar inovatyvias savybes "
        "(Direktyvos 2014/24/ES 67 str.), kad laimėti galėtų geresnis sprendimas."
    ),
    "needs.name": "Poreikių vertinimas",
    "needs.description": (
        "Kaip organizacija išsiaiškina ir aprašo savo poreikius prieš nuspręsdama, ką pirkti."
    ),
    "needs.recommendation": (
        "1. Kitam pirkimui parašykite vieno puslapio aprašą apie sprendžiamą problemą ir "
        "reikalingą rezultatą, dar prieš tai, kai kas nors įvardys konkretų produktą.\n"
        "2. Surenkite dirbtuves su darbuotojais ir gyventojais, kurie naudosis sprendimu, ir "
        "užsirašykite, kas šiandien veikia blogai ir kodėl.\n"
        "3. Surinkite faktus apie dabartinę padėtį – išlaidas, paslaugų lygį ir skundus, kad "
        "vėliau galėtumėte parodyti, kas pasikeitė.\n"
        "4. Patikrinkite, kas jau yra: kitų miestų bandomuosius pirkimus šioje bibliotekoje, "
        "mokslinių tyrimų rezultatus ir patentų duomenų bazes.\n"
        "5. Poreikį paverskite veikimo rezultatų ar funkciniais reikalavimais ir, kur tikslinga, "
        "leiskite teikti alternatyviuosius pasiūlymus."
    ),
    "needs-1.text": (
        "Prieš skelbdami pirkimą aprašome sprendžiamą problemą ir reikalingą rezultatą, o ne "
        "konkretų produktą."
    ),
    "needs-1.guidance": (
        "Sutikite, jei pirmajame pirkimo dokumente nurodyta problema, pavyzdžiui, „žiemą "
        "neįvyksta per daug pagalbos į namus vizitų“, o ne produktas, pavyzdžiui, „12 elektrinių "
        "furgonų“."
    ),
    "needs-2.text": "Aprašydami poreikį įtraukiame darbuotojus, kurie naudosis sprendimu.",
    "needs-2.guidance": (
        "Sutikite, jei žmonės, kurie dirbs su sprendimu, dalyvauja rengiant poreikio aprašymą, "
        "pavyzdžiui, mokyklų ūkvedžiai, kai perkama pastato energijos valdymo sistema, arba "
        "slaugytojai, kai perkama slaugos paslauga."
    ),
    "needs-3.text": "Prieš nuspręsdami, ką pirkti, surenkame faktus apie dabartinę padėtį.",
    "needs-3.guidance": (
        "Sutikite, jei renkate duomenis, pavyzdžiui, apie dabartines išlaidas, paslaugų lygį, "
        "energijos suvartojimą ar skundus, kad poreikis būtų pagrįstas įrodymais, o rezultatą "
        "vėliau būtų galima palyginti."
    ),
    "needs-4.text": (
        "Prieš apibrėždami poreikį patikriname, kokie sprendimai, mokslinių tyrimų rezultatai ir "
        "patentai jau yra."
    ),
    "needs-4.guidance": (
        "Sutikite, jei prieš rengdami specifikaciją atliekate paiešką, pavyzdžiui, peržiūrite "
        "kitų perkančiųjų organizacijų bandomuosius pirkimus, ES finansuotų mokslinių tyrimų "
        "rezultatus CORDIS ir patentų duomenų bazes, tokias kaip Espacenet, kad neprašytumėte "
        "neįmanomo ir nepraleistumėte to, kas jau siūloma."
    ),
    "needs-5.text": (
        "Mūsų techninėse specifikacijose nustatomi veikimo rezultatų ar funkciniai reikalavimai, "
        "paliekant tiekėjams galimybę pasiūlyti, kaip juos įgyvendinti."
    ),
    "needs-5.guidance": (
        "Sutikite, jei specifikacijose nurodoma, ką sprendimas turi pasiekti, pavyzdžiui, "
        "„palaikyti patalpų temperatūrą nustatytose ribose, sunaudojant mažiau energijos“, o ne "
        "kaip tai padaryti (Direktyvos 2014/24/ES 42 str. 3 d. a p.), ir, kur tikslinga, "
        "leidžiama teikti alternatyviuosius pasiūlymus (45 str.)."
    ),
    "market.name": "Bendradarbiavimas su rinka",
    "market.description": (
        "Kaip organizacija bendrauja su tiekėjais prieš pirkimą ir jo metu ir ar jame gali "
        "dalyvauti mažos ir naujos įmonės."
    ),
    "market.recommendation": (
        "1. Prieš kitą pirkimą naujam poreikiui patenkinti surenkite atvirą preliminarią rinkos "
        "konsultaciją: paskelbkite išankstinį informacinį skelbimą su problemos aprašymu, "
        "pakvieskite pateikti rašytinius atsakymus ir surenkite informacinę dieną (Direktyvos "
        "2014/24/ES 40 str.).\n"
        "2. Registruokite kiekvieną kontaktą su tiekėjais ir suteiktą informaciją pateikite "
        "visiems dalyviams, kad niekas neįgytų pranašumo (41 str.).\n"
        "3. Paskelbkite ateinančių metų viešųjų pirkimų planą savo interneto svetainėje.\n"
        "4. Paprašykite inovacijų agentūros, klasterių ar verslo asociacijų perduoti Jūsų iššūkį "
        "startuoliams ir mažosioms įmonėms.\n"
        "5. Kur įmanoma, dideles sutartis skaidykite į pirkimo dalis, o jei to nedarote, "
        "priežastis nurodykite pirkimo dokumentuose (46 str.)."
    ),
    "market-1.text": (
        "Prieš pirkimus naujiems ar sudėtingiems poreikiams patenkinti rengiame atvirą "
        "preliminarią rinkos konsultaciją."
    ),
    "market-1.guidance": (
        "Sutikite, jei prieš tokius pirkimus reguliariai atvirai konsultuojatės su rinka, "
        "pavyzdžiui, paskelbiate išankstinį informacinį skelbimą, surengiate informacinę dieną ir "
        "kviečiate pateikti rašytinius atsakymus (Direktyvos 2014/24/ES 40 str.)."
    ),
    "market-2.text": (
        "Planuojamus pirkimus skelbiame pakankamai anksti, kad tiekėjai spėtų pasirengti."
    ),
    "market-2.guidance": (
        "Sutikite, jei tiekėjai apie būsimus pirkimus gali sužinoti prieš kelis mėnesius, "
        "pavyzdžiui, iš Jūsų interneto svetainėje paskelbto viešųjų pirkimų plano ar išankstinio "
        "informacinio skelbimo (Direktyvos 2014/24/ES 48 str.)."
    ),
    "market-3.text": (
        "Žinome, kaip bendrauti su tiekėjais prieš pirkimą nepažeidžiant lygiateisiškumo principo."
    ),
    "market-3.guidance": (
        "Sutikite, jei darbuotojai registruoja savo kontaktus su tiekėjais, aptartą informaciją "
        "pateikia visiems dalyviams ir suteikia pakankamai laiko atsakyti (Direktyvos 2014/24/ES "
        "41 str.), užuot vengę tiekėjų bijodami skundų."
    ),
    "market-4.text": (
        "Pasiekiame ne tik įprastus tiekėjus, bet ir, pavyzdžiui, startuolius ar kitų sektorių "
        "įmones."
    ),
    "market-4.guidance": (
        "Sutikite, jei apie Jūsų konsultacijas ir pirkimus skelbiama kanalais, kuriuos stebi nauji "
        "tiekėjai, pavyzdžiui, per inovacijų agentūras, klasterius, verslo asociacijas ar "
        "partnerių paieškos renginius."
    ),
    "market-5.text": (
        "Dideles sutartis skaidome į pirkimo dalis arba leidžiame teikti jungtinius pasiūlymus, "
        "kad galėtų dalyvauti mažos įmonės."
    ),
    "market-5.guidance": (
        "Sutikite, jei kiekvienai didelei sutarčiai svarstote skaidymą į pirkimo dalis ir "
        "paaiškinate, kodėl jų netaikote (Direktyvos 2014/24/ES 46 str.), o Jūsų atrankos "
        "kriterijai leidžia mažoms įmonėms teikti pasiūlymus kartu ar remtis partnerių pajėgumais "
        "(19 ir 63 str.)."
    ),
    "market-6.text": (
        "Po kiekvieno pirkimo nelaimėjusiems dalyviams pateikiame aiškų grįžtamąjį ryšį."
    ),
    "market-6.guidance": (
        "Sutikite, jei dalyviai sužino, kodėl jų pasiūlymas nelaimėjo ir kuo laimėjęs pasiūlymas "
        "buvo geresnis (Direktyvos 2014/24/ES 55 str.), pavyzdžiui, laiške ar per trumpą "
        "susitikimą, kad kitą kartą galėtų pasiūlyti geriau."
    ),
    "risk.name": "Rizika, biudžetas ir verslo atvejo pagrindimas",
    "risk.description": (
        "Ar organizacija įvertina naujo sprendimo sąnaudas, naudą ir riziką ir ar turi lėšų bei "
        "sutartinių priemonių jam išbandyti."
    ),
    "risk.recommendation": (
        "1. Prieš kitą naujo sprendimo pirkimą parenkite verslo atvejo pagrindimą, kuriame "
        "sprendimas palyginamas su dabartiniu darbo būdu per visą sprendimo gyvavimo ciklą.\n"
        "2. Išvardykite pagrindines technines, teisines, finansines ir su naudotojais susijusias "
        "rizikas ir kiekvienai paskirkite atsakingą asmenį bei numatykite, kaip ją sumažinti.\n"
        "3. Pasiūlykite biudžete numatyti eilutę bandomiesiems projektams arba ieškokite ES ar "
        "nacionalinio finansavimo inovacijų viešiesiems pirkimams tarp šioje platformoje "
        "skelbiamų finansavimo galimybių.\n"
        "4. Į sutartį įtraukite etapų vertinimo taškus: bandomąjį etapą su aiškiais tikslais ir "
        "teisę po jo sutartį nutraukti."
    ),
    "risk-1.text": (
        "Prieš naujo sprendimo pirkimą parengiame verslo atvejo pagrindimą, kuriame jis "
        "palyginamas su dabartiniu darbo būdu."
    ),
    "risk-1.guidance": (
        "Sutikite, jei rašytiniame verslo atvejo pagrindime nurodytos naujo sprendimo sąnaudos, "
        "nauda ir rizika, palyginti su esamos padėties išlaikymu, pavyzdžiui, išmaniojo gatvių "
        "apšvietimo – su senų šviestuvų pakeitimu tokiais pat."
    ),
    "risk-2.text": (
        "Nustatome pagrindines pirkimo rizikas ir planuojame, kaip sumažinti kiekvieną iš jų."
    ),
    "risk-2.guidance": (
        "Sutikite, jei kiekvienam inovacijų viešajam pirkimui sudaromas rizikų sąrašas, apimantis "
        "technines, teisines, finansines ir naudotojų pritarimo rizikas, kiekvienai jų numatytas "
        "atsakingas asmuo ir atsako priemonė, o sąrašas peržiūrimas projektui einant į priekį."
    ),
    "risk-3.text": (
        "Mūsų verslo atvejo pagrindimuose skaičiuojamos viso sprendimo gyvavimo ciklo sąnaudos, o "
        "ne tik pirkimo kaina."
    ),
    "risk-3.guidance": (
        "Sutikite, jei įtraukiate eksploatavimo, techninės priežiūros, energijos ir eksploatavimo "
        "pabaigos sąnaudas ir tuo pačiu metodu galite palyginti pasiūlymus pagal gyvavimo ciklo "
        "sąnaudas (Direktyvos 2014/24/ES 68 str.)."
    ),
    "risk-4.text": (
        "Turime lėšų, kurias galime panaudoti naujam sprendimui išbandyti prieš visapusišką "
        "pirkimą."
    ),
    "risk-4.guidance": (
        "Sutikite, jei bandymams yra biudžeto eilutė, bandomųjų projektų fondas ar išorinis "
        "finansavimas, pavyzdžiui, iš ES programos ar nacionalinės inovacijų agentūros, ir tam "
        "nereikia mažinti lėšų veikiančioms paslaugoms."
    ),
    "risk-5.text": (
        "Mūsų sutartyse dėl naujų sprendimų numatyti etapų vertinimo taškai, bandomieji etapai ar "
        "su veiklos rezultatais susietas mokėjimas."
    ),
    "risk-5.guidance": (
        "Sutikite, jei sutartys leidžia sustabdyti ar pakoreguoti darbus po etapo, kurio tikslai "
        "nepasiekti, kaip leidžia inovacijų partnerystė (Direktyvos 2014/24/ES 31 str. 2 d.), "
        "arba dalis mokėjimo susieta su išmatuotais rezultatais."
    ),
    "skills.name": "Kompetencijos ir organizavimas",
    "skills.description": (
        "Ar organizacija turi žmonių, laiko, komandų ir priemonių naujų sprendimų pirkimams "
        "parengti ir vykdyti."
    ),
    "skills.recommendation": (
        "1. Paskirkite kontaktinį asmenį inovacijų viešųjų pirkimų klausimais ir skirkite jam tam "
        "laiko.\n"
        "2. Pirkimų, teisės ir technikos specialistus kartu nusiųskite į inovacijų viešųjų "
        "pirkimų mokymus ir pasidalykite tuo, ką jie išmoko.\n"
        "3. Kitam naujo sprendimo pirkimui nuo pat pradžių sudarykite komandą, turinčią pirkimų, "
        "teisinių, techninių ir naudotojų poreikių žinių.\n"
        "4. Kiekvieno projekto pirkimo dokumentus ir pamokas laikykite vienoje bendroje vietoje, "
        "o kaip atspirties tašką naudokite šios bibliotekos šablonus."
    ),
    "skills-1.text": (
        "Mūsų pirkimų specialistai per pastaruosius dvejus metus mokėsi inovacijų viešųjų pirkimų."
    ),
    "skills-1.guidance": (
        "Sutikite, jei bent dalis pirkimus rengiančių darbuotojų šia tema išklausė kursą, "
        "internetinių seminarų ciklą ar dalyvavo kolegų patirties mainuose, pavyzdžiui, "
        "organizuotuose nacionalinio kompetencijų centro ar ES projekto."
    ),
    "skills-2.text": (
        "Kiekvienam naujo sprendimo pirkimui sudaroma komanda, kurioje sujungiamos pirkimų, "
        "teisinės, techninės ir naudotojų poreikių žinios."
    ),
    "skills-2.guidance": (
        "Sutikite, jei tokia komanda sudaroma pradžioje, o ne tada, kai pirkimo dokumentai jau "
        "parašyti, pavyzdžiui, kai pirkimų specialistas, teisininkas, inžinierius ir paslaugos "
        "vadovas susitinka jau nuo poreikių vertinimo etapo."
    ),
    "skills-3.text": "Žinome, kur gauti ekspertų pagalbos inovacijų viešųjų pirkimų klausimais.",
    "skills-3.guidance": (
        "Sutikite, jei darbuotojai žino, į ką kreiptis, pavyzdžiui, į nacionalinį inovacijų "
        "viešųjų pirkimų kompetencijų centrą, inovacijų agentūrą ar universitetą; Komisijos "
        "inovacijų viešųjų pirkimų gairėse skatinama steigti tokius centrus."
    ),
    "skills-4.text": (
        "Mūsų darbuotojai turi skirto laiko ne tik įprastiems pirkimams, bet ir naujų sprendimų "
        "pirkimams rengti."
    ),
    "skills-4.guidance": (
        "Sutikite, jei darbo planuose paliekama laiko ilgesniam tokių pirkimų rengimui, "
        "pavyzdžiui, paskiriamas kontaktinis asmuo inovacijų viešųjų pirkimų klausimais ir tam "
        "rezervuojama valandų."
    ),
    "skills-5.text": (
        "Ankstesnių pirkimų šablonus ir pavyzdžius laikome ten, kur kolegos gali juos rasti ir "
        "panaudoti pakartotinai."
    ),
    "skills-5.guidance": (
        "Sutikite, jei bendrame aplanke ar intraneto puslapyje saugomi ankstesni rinkos "
        "konsultacijų skelbimai, specifikacijos, vertinimo lentelės ir sutarčių sąlygos su "
        "pastaba, kas pasiteisino."
    ),
    "cooperation.name": "Bendradarbiavimas ir tinklai",
    "cooperation.description": (
        "Kaip organizacija inovacijų viešųjų pirkimų srityje bendradarbiauja su savo padaliniais, "
        "kitomis perkančiosiomis organizacijomis ir vietos inovacijų dalyviais."
    ),
    "cooperation.recommendation": (
        "1. Šioje platformoje suraskite dvi organizacijas, kurios jau pirko tai, ką planuojate "
        "pirkti, ir paprašykite jų skirti valandą pokalbiui.\n"
        "2. Prisijunkite prie BSR Cities Network ir nacionalinio perkančiųjų organizacijų tinklo "
        "ir pasidalykite juose vieno savo pirkimo dokumentais.\n"
        "3. Prieš tai, kai kiekvienas skyrius pirks atskirai, suburkite skyrius, turinčius bendrą "
        "poreikį, pavyzdžiui, energijos valdymo mokyklose ir biuruose.\n"
        "4. Apsvarstykite galimybę pirkti kartu su kaimyninėmis perkančiosiomis organizacijomis "
        "arba per centrinę perkančiąją organizaciją, kad pasidalytumėte darbu ir rizika "
        "(Direktyvos 2014/24/ES 37–39 str.)."
    ),
    "cooperation-1.text": (
        "Keičiamės inovacijų viešųjų pirkimų patirtimi su kitomis perkančiosiomis organizacijomis."
    ),
    "cooperation-1.guidance": (
        "Sutikite, jei darbuotojai reguliariai susitinka ar skambinasi su kolegomis savo šalyje "
        "ar užsienyje dėl jų pirkimų, pavyzdžiui, miestų tinkle ar ES projekte, ir pritaiko tai, "
        "ką sužino."
    ),
    "cooperation-2.text": (
        "Mūsų skyriai bendrus poreikius sprendžia kartu, užuot kiekvienas pirkę atskirai."
    ),
    "cooperation-2.guidance": (
        "Sutikite, jei panašių poreikių turintys skyriai kartu rengia vieną pirkimą, pavyzdžiui, "
        "švietimo ir turto valdymo skyriai perka vieną energijos valdymo sistemą mokykloms ir "
        "biurams."
    ),
    "cooperation-3.text": (
        "Esame pirkę arba rengęsi pirkti kartu su kitomis perkančiosiomis organizacijomis."
    ),
    "cooperation-3.guidance": (
        "Sutikite, jei esate dalyvavę bendrajame pirkime su kaimyninėmis perkančiosiomis "
        "organizacijomis, per centrinę perkančiąją organizaciją ar kartu su kitų valstybių narių "
        "organizacijomis (Direktyvos 2014/24/ES 37–39 str.), kad pasidalytumėte darbu ir rizika."
    ),
    "cooperation-4.text": (
        "Rengdami pirkimus bendradarbiaujame su vietos inovacijų dalyviais, pavyzdžiui, "
        "universitetais, inovacijų agentūromis ar klasteriais."
    ),
    "cooperation-4.guidance": (
        "Sutikite, jei tokie partneriai padeda Jums suprasti poreikį ar rinką, pavyzdžiui, "
        "universitetas išbando sprendimą gyvojoje laboratorijoje arba klasteris pakviečia savo "
        "narius į rinkos konsultaciją."
    ),
    "cooperation-5.text": (
        "Savo pirkimo dokumentais ir rezultatais dalijamės su kitomis perkančiosiomis "
        "organizacijomis, kad jos galėtų juos panaudoti."
    ),
    "cooperation-5.guidance": (
        "Sutikite, jei skelbiate ar perduodate kitiems savo pirkimų specifikacijas, vertinimo "
        "lenteles ir pamokas, pavyzdžiui, kaip gerosios praktikos pavyzdį šioje platformoje."
    ),
    "users.name": "Naudotojų ir gyventojų įtraukimas",
    "users.description": (
        "Kaip gyventojai ir paslaugų naudotojai dalyvauja apibrėžiant, bandant ir vertinant "
        "naujus sprendimus."
    ),
    "users.recommendation": (
        "1. Prieš kitą naujos paslaugos pirkimą paklauskite jos naudotojų, kas šiandien veikia "
        "blogai, – per pokalbius, apklausą ar dirbtuves.\n"
        "2. Išbandykite bendrakūros dirbtuves su gyventojais, įmonėmis ir mokslininkais vienam "
        "vietos iššūkiui spręsti, pasinaudodami šios bibliotekos CityLab medžiaga.\n"
        "3. Prieš diegdami naują sprendimą suplanuokite jo bandymą su tikrais naudotojais ir iš "
        "anksto nuspręskite, ką matuosite.\n"
        "4. Patikrinkite, ar Jūsų specifikacijose yra prieinamumo reikalavimų (Direktyvos "
        "2014/24/ES 42 str. 1 d.).\n"
        "5. Praneškite dalyvavusiems žmonėms, kas pasikeitė dėl jų indėlio."
    ),
    "users-1.text": (
        "Apibrėždami problemą, kurią turėtų išspręsti pirkimas, įtraukiame gyventojus ar paslaugų "
        "naudotojus."
    ),
    "users-1.guidance": (
        "Sutikite, jei naudotojų nuomonė formuoja poreikį, pavyzdžiui, prieš judumo paslaugų "
        "pirkimą kalbinami autobusų keleiviai arba prieš perkant mokyklų maitinimo paslaugą "
        "apklausiami tėvai."
    ),
    "users-2.text": (
        "Vietos iššūkiams spręsti taikome bendrakūros metodus su gyventojais, įmonėmis ir "
        "mokslininkais."
    ),
    "users-2.guidance": (
        "Sutikite, jei esate surengę dirbtuves ar gyvąją laboratoriją, kurioje šios grupės kartu "
        "sprendė realų iššūkį, pavyzdžiui, CityLab apie saugesnius pėsčiųjų maršrutus į mokyklą."
    ),
    "users-3.text": (
        "Prieš nuspręsdami diegti naują sprendimą plačiau, leidžiame naudotojams jį išbandyti "
        "realiomis sąlygomis."
    ),
    "users-3.guidance": (
        "Sutikite, jei prieš plataus masto diegimą vykdomas bandymas su tikrais naudotojais, "
        "pavyzdžiui, slaugos programėlę išbando grupė pagalbos į namus klientų ir darbuotojų, o "
        "jų atsiliepimai užfiksuojami."
    ),
    "users-4.text": "Mūsų specifikacijose numatyti prieinamumo neįgaliesiems reikalavimai.",
    "users-4.guidance": (
        "Sutikite, jei prieinamumas ar tinkamumas visiems naudotojams yra kiekvienos "
        "specifikacijos dalis, kai perkama tai, kuo naudosis žmonės (Direktyvos 2014/24/ES 42 "
        "str. 1 d.), pavyzdžiui, skaitmeninių paslaugų specifikacijose daroma nuoroda į Europos "
        "standartą EN 301 549."
    ),
    "users-5.text": "Gyventojams ir naudotojams pranešame, kaip jų indėlis pakeitė pirkimą.",
    "users-5.guidance": (
        "Sutikite, jei dalyviams pranešama, pavyzdžiui, trumpu pranešimu miesto interneto "
        "svetainėje ar per pakartotinį susitikimą, kurios jų idėjos buvo panaudotos ir kodėl "
        "kitos nebuvo."
    ),
    "impact.name": "Poveikio matavimas ir plėtra",
    "impact.description": (
        "Ar organizacija matuoja, ką pasiekia nauji sprendimai, atitinkamai valdo sutartį ir "
        "plečia tai, kas pasiteisina."
    ),
    "impact.recommendation": (
        "1. Kitam naujo sprendimo pirkimui nustatykite nuo trijų iki penkių rodiklių ir prieš "
        "skelbdami pirkimą išmatuokite jų dabartines reikšmes.\n"
        "2. Suplanuokite, kaip rezultatai bus matuojami vykdant sutartį ir kas apie juos "
        "atsiskaitys vadovybei.\n"
        "3. Į sutartį įtraukite opcionus ar peržiūros sąlygas, kad pasiteisinusį sprendimą būtų "
        "galima išplėsti neskelbiant naujo pirkimo (Direktyvos 2014/24/ES 72 str. 1 d. a p.).\n"
        "4. Paskelbkite rezultatus, įskaitant tai, kas nepasiteisino, kaip gerosios praktikos "
        "pavyzdį šioje platformoje."
    ),
    "impact-1.text": (
        "Prieš skelbdami pirkimą nustatome rodiklius ir išmatuojame laukiamų rezultatų pradines "
        "reikšmes."
    ),
    "impact-1.guidance": (
        "Sutikite, jei žinote dabartines rodiklių, kuriuos sprendimas turėtų pagerinti, reikšmes, "
        "pavyzdžiui, pastato energijos suvartojimą ar paslaugos laukimo laiką, ir esate užrašę "
        "siektiną reikšmę."
    ),
    "impact-2.text": (
        "Po bandomojo projekto ar sutarties įvykdymo rezultatus palyginame su tikslais ir apie "
        "juos atsiskaitome vadovybei."
    ),
    "impact-2.guidance": (
        "Sutikite, jei rašytiniame vertinime rezultatai palyginami su pradinėmis ir siektinomis "
        "reikšmėmis, pavyzdžiui, ataskaitoje tarybai po pirmųjų naujos paslaugos metų."
    ),
    "impact-3.text": (
        "Vykdydami sutartį stebime, kaip tiekėjas ją vykdo, ir problemas sprendžiame anksti."
    ),
    "impact-3.guidance": (
        "Sutikite, jei paskirtas sutarties vykdymo vadovas reguliariuose susitikimuose su tiekėju "
        "tikrina sutartus veiklos rodiklius ir užfiksuoja, dėl ko susitarta."
    ),
    "impact-4.text": (
        "Kai bandomasis projektas pasiteisina, turime tvarką, kaip nuspręsti dėl platesnio jo "
        "taikymo ir jį finansuoti."
    ),
    "impact-4.guidance": (
        "Sutikite, jei sutartyje ar plane numatytas kitas žingsnis, pavyzdžiui, opcionas išplėsti "
        "sprendimą į daugiau objektų (Direktyvos 2014/24/ES 72 str. 1 d. a p.) ar inovacijų "
        "partnerystės pirkimo etapas (31 str.)."
    ),
    "impact-5.text": (
        "Skelbiame savo inovacijų viešųjų pirkimų rezultatus, įskaitant tai, kas nepasiteisino."
    ),
    "impact-5.guidance": (
        "Sutikite, jei rezultatai yra vieši, kad kitos perkančiosios organizacijos galėtų iš jų "
        "mokytis, pavyzdžiui, atvejo analizė Jūsų interneto svetainėje ar gerosios praktikos "
        "pavyzdys šioje platformoje."
    ),
}
