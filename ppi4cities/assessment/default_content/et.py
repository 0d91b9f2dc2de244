"""The default readiness questionnaire in Estonian; keys as in en.py."""

TEXTS = {
    "name": "Valmisolek innovatsioonihangeteks",
    "description": (
        "Kui valmis on teie organisatsioon hankima riigihangete kaudu uusi ja paremaid "
        "lahendusi. Hindamine hõlmab üheksat valdkonda, mis põhinevad OECD strateegiliste "
        "hangete raamistikul, omavalitsustele mõeldud INNLOCALi enesehindamisel ja Euroopa "
        "Komisjoni innovatsioonihangete suunistel. Vastake selle järgi, kuidas teie "
        "organisatsioon praegu töötab, mitte selle järgi, kuidas see kavatseb töötada."
    ),
    "scale.1": "Ei nõustu üldse",
    "scale.2": "Ei nõustu",
    "scale.3": "Ei nõustu ega vaidle vastu",
    "scale.4": "Nõustun",
    "scale.5": "Nõustun täielikult",
    "strategy.name": "Strateegia ja juhtimine",
    "strategy.description": (
        "Kas innovatsioonihanked on osa organisatsiooni eesmärkidest ja plaanidest ning kas "
        "juhid toetavad neid ka tegelikult."
    ),
    "strategy.recommendation": (
        "1. Paluge juhtkonnal nimetada innovatsioonihankeid järgmises hankestrateegias, "
        "kliimakavas või digistrateegias kui üht viisi saavutada eesmärke, mis organisatsioonil "
        "juba on.\n"
        "2. Koostage lühike tegevuskava: milliste vajadustega tegeletakse esimesena, kes "
        "vastutab iga sammu eest ja millal juhtkond edenemise üle vaatab.\n"
        "3. Vaadake koos osakondadega läbi järgmise aasta hankeplaan ja märkige kaks või kolm "
        "hanget, mille puhul uus lahendus võiks toimida tavapärasest paremini.\n"
        "4. Leppige juhtkonnaga kirjalikult kokku, kuidas käsitletakse katsehanget, mis ei "
        "õnnestu, et töötajad ei kardaks katsetada."
    ),
    "strategy-1.text": (
        "Meie organisatsiooni strateegias või hankepoliitikas on innovatsioonihankeid nimetatud "
        "kui üht viisi eesmärkide saavutamiseks."
    ),
    "strategy-1.guidance": (
        "Nõustuge, kui volikogu või juhtkonna heakskiidetud dokumendis on kirjas, et "
        "organisatsioon hangib eesmärkide saavutamiseks uusi lahendusi, näiteks hankestrateegia, "
        "mis seob hanked linna kliimaeesmärkidega. Euroopa Komisjoni innovatsioonihangete "
        "suunised (C(2021) 4320) soovitavad sellist poliitilist kohustust."
    ),
    "strategy-2.text": (
        "Meil on innovatsioonihangete tegevuskava, milles on määratud vastutajad, eesmärgid ja "
        "ajakava."
    ),
    "strategy-2.guidance": (
        "Nõustuge, kui kavas on kirjas, kes mida ja mis ajaks teeb, näiteks et hankeüksus viib "
        "igal aastal läbi ühe katsehanke ja annab igal sügisel juhtkonnale aru."
    ),
    "strategy-3.text": "Meie tippjuhid on avalikult toetanud vähemalt üht uue lahenduse hanget.",
    "strategy-3.guidance": (
        "Nõustuge, kui linnapea, direktor või osakonnajuhataja on sellist hanget tutvustanud või "
        "kaitsnud, näiteks viinud katsehanke volikogu ette või kinnitanud probleemi, millele "
        "hange lahendust otsib."
    ),
    "strategy-4.text": (
        "Kui katsehange ei anna loodetud tulemust, käsitlevad meie juhid seda õppetunnina, mitte "
        "selles osalenud töötajate veana."
    ),
    "strategy-4.guidance": (
        "Nõustuge, kui töötajaid, kes viisid läbi hästi ettevalmistatud, kuid ebaõnnestunud "
        "hanke, ei süüdistatud ja õppetunde arutati avatult, näiteks juhtkonna koosolekul või "
        "lühikeses kirjalikus kokkuvõttes."
    ),
    "strategy-5.text": (
        "Igal aastal vaatame kavandatud hanked üle, et leida võimalusi osta uus või parem lahendus."
    ),
    "strategy-5.guidance": (
        "Nõustuge, kui iga-aastane hankeplaan vaadatakse sellest vaatenurgast üle enne hangete "
        "ettevalmistamist, näiteks märgitakse peagi lõppevad lepingud ja küsitakse, kas vajadust "
        "saaks rahuldada uuel viisil."
    ),
    "legal.name": "Hankeõiguse ja menetluste tundmine",
    "legal.description": (
        "Kui hästi organisatsioon tunneb ja kasutab menetlusi ja lepingutingimusi, mida "
        "riigihankeõigus uute lahenduste hankimiseks pakub."
    ),
    "legal.recommendation": (
        "1. Korraldage hanke- ja õigusspetsialistidele lühike ülevaade uute lahenduste "
        "hankimiseks sobivatest menetlustest: võistlev läbirääkimistega menetlus, võistlev "
        "dialoog ja innovatsioonipartnerlus (direktiiv 2014/24/EL, art 29–31).\n"
        "2. Uurige, kuidas mõni teine Eesti hankija on mõnda neist menetlustest kasutanud, ja "
        "küsige, mida ta teeks teisiti.\n"
        "3. Leppige õigusnõustajatega kokku tüüptingimused intellektuaalomandi õiguste kohta ja "
        "lepingu sõlmimise kriteeriumide kohta, mis arvestavad lisaks hinnale ka kvaliteeti.\n"
        "4. Küsige riiklikult kompetentsikeskuselt või riigihangete eest vastutavalt asutuselt "
        "juhiseid rahvusvahelisest piirmäärast väiksema maksumusega hangete siseriiklike "
        "reeglite kohta."
    ),
    "legal-1.text": (
        "Meie hanketöötajad teavad, millal võime kasutada võistlevat läbirääkimistega menetlust, "
        "võistlevat dialoogi või innovatsioonipartnerlust."
    ),
    "legal-1.guidance": (
        "Nõustuge, kui töötajad oskavad selgitada, et need menetlused sobivad vajadusteks, mis "
        "eeldavad uute lahenduste kavandamist, kohandamist või arendamist (direktiiv 2014/24/EL, "
        "art 26 lg 4, art 29, 30 ja 31), ning milline neist konkreetse vajaduse puhul sobib."
    ),
    "legal-2.text": (
        "Oleme uue või kohandatud lahenduse hankimiseks kasutanud muud menetlust kui avatud "
        "menetlus."
    ),
    "legal-2.guidance": (
        "Nõustuge, kui olete läbi viinud vähemalt ühe sellise hanke, näiteks võistleva dialoogi "
        "digiteenuse hankimiseks või innovatsioonipartnerluse, et arendada ja seejärel osta "
        "lahendus, mida turg veel ei pakkunud."
    ),
    "legal-3.text": (
        "Meie õigusnõustajad aitavad meil leida, kuidas reeglid lubavad teha seda, mida soovime, "
        "mitte ei räägi ainult sellest, mida need keelavad."
    ),
    "legal-3.guidance": (
        "Nõustuge, kui juristid osalevad hanke ettevalmistamises juba varakult ja pakuvad välja "
        "õiguspäraseid lahendusi, näiteks kuidas korraldada ettevõtjatega kohtumisi võrdse "
        "kohtlemise põhimõtet järgides, selle asemel et soovitada ettevõtjatega üldse mitte "
        "kohtuda."
    ),
    "legal-4.text": (
        "Teame, mille poolest erinevad kommertskasutuseelne hange ja innovaatiliste lahenduste "
        "hange ning millal kumbki sobib."
    ),
    "legal-4.guidance": (
        "Nõustuge, kui töötajad teavad, et kommertskasutuseelse hankega ostetakse teadus- ja "
        "arendustegevust omavahel konkureerivate etappidena ja see jääb direktiivi "
        "kohaldamisalast välja, kui hankija ei jäta kogu kasu endale (direktiiv 2014/24/EL, art "
        "14), samas kui innovaatiliste lahenduste hankega ostetakse lahendusi, mis on uued, kuid "
        "juba turuvalmiduse lähedal."
    ),
    "legal-5.text": (
        "Meie hankedokumentides on intellektuaalomandi õiguste tingimused, mis sobivad hanke "
        "esemega."
    ),
    "legal-5.guidance": (
        "Nõustuge, kui otsustate õiguste jaotuse iga hanke puhul eraldi, selle asemel et "
        "kopeerida tüüptingimust, näiteks jätate omandiõiguse tarnijale, samas kui hankija saab "
        "litsentsi tulemuste kasutamiseks ja kohandamiseks, nagu on käsitletud Euroopa Komisjoni "
        "innovatsioonihangete suunistes."
    ),
    "legal-6.text": "Uute lahenduste hankelepingud sõlmime nii kvaliteedi kui ka hinna alusel.",
    "legal-6.guidance": (
        "Nõustuge, kui teie lepingu sõlmimise kriteeriumid arvestavad hinna või olelusringi "
        "kulude kõrval ka kvaliteeti, näiteks funktsionaalseid, keskkonnaalaseid või "
        "innovaatilisi omadusi (direktiiv 2014/24/EL, art 67), nii et parem lahendus saab võita."
    ),
    "needs.name": "Vajaduste hindamine",
    "needs.description": (
        "Kuidas organisatsioon selgitab välja ja kirjeldab oma vajadused, enne kui otsustab, "
        "mida osta."
    ),
    "needs.recommendation": (
        "1. Kirjutage järgmise hanke jaoks, enne kui keegi mõnd toodet nimetab, üks lehekülg "
        "lahendatavast probleemist ja vajalikust tulemusest.\n"
        "2. Korraldage töötuba töötajatele ja elanikele, kes lahendust kasutama hakkavad, ning "
        "pange kirja, mis praegu halvasti toimib ja miks.\n"
        "3. Koguge andmed praeguse olukorra kohta, näiteks kulud, teenuse tase ja kaebused, et "
        "saaksite hiljem näidata, mis muutus.\n"
        "4. Uurige, mis on juba olemas: teiste linnade katsehanked selles raamatukogus, "
        "teadustulemused ja patendiandmebaasid.\n"
        "5. Sõnastage vajadus toimivus- või funktsionaalsete nõuetena ja lubage pakkumuse "
        "variante, kus see on mõistlik."
    ),
    "needs-1.text": (
        "Enne hanget kirjeldame lahendatavat probleemi ja vajalikku tulemust, mitte konkreetset "
        "toodet."
    ),
    "needs-1.guidance": (
        "Nõustuge, kui hanke esimeses dokumendis on kirjeldatud probleemi, näiteks „talvel jääb "
        "liiga palju koduhoolduse külastusi tegemata“, mitte toodet, näiteks „12 "
        "elektrikaubikut“."
    ),
    "needs-2.text": "Kaasame vajaduse kirjeldamisse töötajad, kes lahendust kasutama hakkavad.",
    "needs-2.guidance": (
        "Nõustuge, kui inimesed, kes lahendusega töötama hakkavad, osalevad vajaduse "
        "kirjapanemises, näiteks koolide majahoidjad hoone energiasüsteemi puhul või õed "
        "hooldusteenuse puhul."
    ),
    "needs-3.text": "Enne kui otsustame, mida osta, kogume andmeid praeguse olukorra kohta.",
    "needs-3.guidance": (
        "Nõustuge, kui kogute andmeid, näiteks praeguste kulude, teenuse taseme, energiakasutuse "
        "või kaebuste kohta, et vajadus põhineks tõenditel ja tulemust saaks hiljem võrrelda."
    ),
    "needs-4.text": (
        "Enne vajaduse määratlemist uurime, millised lahendused, teadustulemused ja patendid on "
        "juba olemas."
    ),
    "needs-4.guidance": (
        "Nõustuge, kui uurite enne nõuete kirjapanemist, mis on olemas, näiteks teiste hankijate "
        "katsehankeid, ELi rahastatud teadusuuringute tulemusi CORDISes ja patendiandmebaase, "
        "nagu Espacenet, et te ei küsiks võimatut ega jätaks kahe silma vahele seda, mis on juba "
        "saadaval."
    ),
    "needs-5.text": (
        "Meie tehnilistes kirjeldustes on toimivus- või funktsionaalsed nõuded, mis jätavad "
        "pakkujatele vabaduse pakkuda, kuidas neid täita."
    ),
    "needs-5.guidance": (
        "Nõustuge, kui tehnilises kirjelduses on öeldud, mida lahendus peab saavutama, näiteks "
        "„hoida siseruumide temperatuur kindlaksmääratud piirides väiksema energiakuluga“, mitte "
        "seda, kuidas (direktiiv 2014/24/EL, art 42 lg 3 p a), ning kus see on kasulik, on "
        "lubatud pakkumuse variandid (art 45)."
    ),
    "market.name": "Turu kaasamine",
    "market.description": (
        "Kuidas organisatsioon suhtleb ettevõtjatega enne hanget ja selle ajal ning kas väikesed "
        "ja uued ettevõtted saavad osaleda."
    ),
    "market.recommendation": (
        "1. Korraldage enne uue vajaduse järgmist hanget avatud turu-uuring: avaldage probleemi "
        "kirjeldav eelteade, paluge kirjalikke vastuseid ja korraldage infopäev (direktiiv "
        "2014/24/EL, art 40).\n"
        "2. Dokumenteerige iga kontakt ettevõtjatega ja jagage antud teavet kõigi pakkujatega, "
        "et keegi ei saaks eelist (art 41).\n"
        "3. Avaldage järgmise aasta hankeplaan oma veebilehel.\n"
        "4. Paluge innovatsiooniagentuuril, klastritel või ettevõtlusorganisatsioonidel edastada "
        "teie väljakutse idufirmadele ja väikeettevõtetele.\n"
        "5. Jagage suured hankelepingud võimaluse korral osadeks ja kui te seda ei tee, "
        "põhjendage seda hankedokumentides (art 46)."
    ),
    "market-1.text": "Enne uute või keerukate vajaduste hankeid korraldame avatud turu-uuringu.",
    "market-1.guidance": (
        "Nõustuge, kui konsulteerite enne selliseid hankeid turuga korrapäraselt ja avatult, "
        "näiteks avaldate eelteate, korraldate infopäeva ja palute kirjalikke vastuseid "
        "(direktiiv 2014/24/EL, art 40)."
    ),
    "market-2.text": (
        "Avaldame kavandatud hanked piisavalt vara, et ettevõtjad jõuaksid valmistuda."
    ),
    "market-2.guidance": (
        "Nõustuge, kui ettevõtjad saavad eelseisvatest hangetest teada kuid ette, näiteks teie "
        "veebilehel avaldatud hankeplaanist või eelteatest (direktiiv 2014/24/EL, art 48)."
    ),
    "market-3.text": (
        "Oskame enne hanget ettevõtjatega suhelda, rikkumata võrdse kohtlemise põhimõtet."
    ),
    "market-3.guidance": (
        "Nõustuge, kui töötajad dokumenteerivad oma kontaktid ettevõtjatega, jagavad öeldut "
        "kõigi pakkujatega ja annavad vastamiseks piisavalt aega (direktiiv 2014/24/EL, art 41), "
        "selle asemel et vaidlustuse kartuses ettevõtjaid vältida."
    ),
    "market-4.text": (
        "Jõuame ka tavapärasest laiema ringi ettevõtjateni, näiteks idufirmade ja teiste "
        "valdkondade ettevõteteni."
    ),
    "market-4.guidance": (
        "Nõustuge, kui teie turu-uuringutest ja hangetest antakse teada kanalites, mida uued "
        "ettevõtjad jälgivad, näiteks innovatsiooniagentuuride, klastrite või "
        "ettevõtlusorganisatsioonide kaudu või kontaktüritustel."
    ),
    "market-5.text": (
        "Jagame suured hankelepingud osadeks või lubame ühispakkumusi, et väikeettevõtted "
        "saaksid osaleda."
    ),
    "market-5.guidance": (
        "Nõustuge, kui kaalute iga suure hankelepingu puhul osadeks jagamist ja põhjendate, kui "
        "te seda ei tee (direktiiv 2014/24/EL, art 46), ning teie kvalifitseerimise tingimused "
        "võimaldavad väikeettevõtetel esitada ühispakkumuse või tugineda partnerite näitajatele "
        "(art 19 ja 63)."
    ),
    "market-6.text": "Pärast iga hanget anname edututele pakkujatele selget tagasisidet.",
    "market-6.guidance": (
        "Nõustuge, kui pakkujad saavad teada, miks nende pakkumus ei võitnud ja mille poolest "
        "edukas pakkumus oli parem (direktiiv 2014/24/EL, art 55), näiteks kirjas või lühikesel "
        "kohtumisel, et nad saaksid järgmisel korral paremini pakkuda."
    ),
    "risk.name": "Riskid, eelarve ja tasuvusanalüüs",
    "risk.description": (
        "Kas organisatsioon kaalub uue lahenduse kulusid, kasu ja riske ning kas tal on raha ja "
        "lepingulised vahendid selle katsetamiseks."
    ),
    "risk.recommendation": (
        "1. Koostage enne uue lahenduse järgmist hanget tasuvusanalüüs, mis võrdleb seda "
        "praeguse töökorraldusega kogu lahenduse olelusringi vältel.\n"
        "2. Loetlege peamised tehnilised, õiguslikud, rahalised ja kasutajatega seotud riskid "
        "ning määrake igaühele vastutaja ja maandamise viis.\n"
        "3. Tehke ettepanek luua katsehangete eelarverida või otsige innovatsioonihangete jaoks "
        "ELi või riiklikku rahastust selle platvormi rahastamisvõimaluste hulgast.\n"
        "4. Lisage lepingusse otsustuspunktid: selgete eesmärkidega katseetapp ja õigus pärast "
        "seda lõpetada."
    ),
    "risk-1.text": (
        "Enne uue lahenduse hanget koostame tasuvusanalüüsi, mis võrdleb seda praeguse "
        "töökorraldusega."
    ),
    "risk-1.guidance": (
        "Nõustuge, kui kirjalikus tasuvusanalüüsis on esitatud uue lahenduse kulud, kasu ja "
        "riskid võrreldes senisel viisil jätkamisega, näiteks nutika tänavavalgustuse puhul "
        "võrreldes vanade valgustite asendamisega samasugustega."
    ),
    "risk-2.text": (
        "Teeme kindlaks hanke peamised riskid ja kavandame, kuidas igaüht neist maandada."
    ),
    "risk-2.guidance": (
        "Nõustuge, kui igal innovatsioonihankel on riskide loetelu, mis hõlmab tehnilisi, "
        "õiguslikke ja rahalisi riske ning kasutajate vastuvõtuga seotud riske, igaühel on "
        "vastutaja ja maandamismeede ning loetelu vaadatakse projekti edenedes üle."
    ),
    "risk-3.text": (
        "Meie tasuvusanalüüsid arvestavad lahenduse kogu olelusringi kulusid, mitte ainult "
        "ostuhinda."
    ),
    "risk-3.guidance": (
        "Nõustuge, kui arvestate kasutus-, hooldus-, energia- ja kasutuselt kõrvaldamise kulusid "
        "ning saate sama meetodiga võrrelda pakkumusi olelusringi kulude alusel (direktiiv "
        "2014/24/EL, art 68)."
    ),
    "risk-4.text": (
        "Meil on raha, mida saame kasutada uue lahenduse katsetamiseks enne täismahus ostu."
    ),
    "risk-4.guidance": (
        "Nõustuge, kui katsetusteks on olemas eelarverida, katseprojektide fond või "
        "välisrahastus, näiteks ELi programmist või riiklikult innovatsiooniagentuurilt, ilma et "
        "raha tuleks võtta käimasolevatelt teenustelt."
    ),
    "risk-5.text": (
        "Meie uute lahenduste lepingutes kasutatakse otsustuspunkte, katseetappe või tulemustega "
        "seotud tasu."
    ),
    "risk-5.guidance": (
        "Nõustuge, kui lepingud võimaldavad teil pärast eesmärke mittesaavutanud etappi lõpetada "
        "või kurssi muuta, nagu võimaldab innovatsioonipartnerlus (direktiiv 2014/24/EL, art 31 "
        "lg 2), või kui osa tasust on seotud mõõdetud tulemustega."
    ),
    "skills.name": "Oskused ja korraldus",
    "skills.description": (
        "Kas organisatsioonil on uute lahenduste hangete ettevalmistamiseks ja läbiviimiseks "
        "inimesed, aeg, meeskonnad ja töövahendid."
    ),
    "skills.recommendation": (
        "1. Määrake innovatsioonihangete kontaktisik ja andke talle selleks aega.\n"
        "2. Saatke hanke-, õigus- ja tehnilised spetsialistid koos innovatsioonihangete "
        "koolitusele ning jagage õpitut teistega.\n"
        "3. Moodustage järgmise uue lahenduse hanke jaoks algusest peale meeskond, kus on koos "
        "hanke-, õigus-, tehnilised ja kasutajate teadmised.\n"
        "4. Hoidke iga projekti hankedokumente ja õppetunde ühes ühises kohas ning kasutage "
        "lähtepunktina selle raamatukogu malle."
    ),
    "skills-1.text": (
        "Meie hanketöötajad on viimase kahe aasta jooksul saanud innovatsioonihangete koolitust."
    ),
    "skills-1.guidance": (
        "Nõustuge, kui vähemalt osa hankeid ettevalmistavatest töötajatest on läbinud "
        "teemakohase kursuse, veebiseminaride sarja või kogemusvahetuse, näiteks riikliku "
        "kompetentsikeskuse või ELi projekti korraldatud."
    ),
    "skills-2.text": (
        "Igal uue lahenduse hankel on meeskond, kus on koos hanke-, õigus-, tehnilised ja "
        "kasutajate teadmised."
    ),
    "skills-2.guidance": (
        "Nõustuge, kui selline meeskond moodustatakse alguses, mitte siis, kui hankedokumendid "
        "on juba kirjutatud, näiteks hankespetsialist, jurist, insener ja teenusejuht, kes "
        "kohtuvad alates vajaduste hindamisest."
    ),
    "skills-3.text": "Teame, kust saada innovatsioonihangete kohta asjatundlikku abi.",
    "skills-3.guidance": (
        "Nõustuge, kui töötajad teavad, kelle poole pöörduda, näiteks innovatsioonihangete "
        "riiklik kompetentsikeskus, innovatsiooniagentuur või ülikool; Euroopa Komisjoni "
        "innovatsioonihangete suunised julgustavad selliseid keskusi looma."
    ),
    "skills-4.text": (
        "Meie töötajatel on aega uute lahenduste hangete ettevalmistamiseks, mitte ainult "
        "rutiinsete hangete jaoks."
    ),
    "skills-4.guidance": (
        "Nõustuge, kui tööplaanides on arvestatud nende hangete pikema ettevalmistusega, näiteks "
        "on määratud innovatsioonihangete kontaktisik, kellel on selleks tööaega reserveeritud."
    ),
    "skills-5.text": (
        "Hoiame varasemate hangete malle ja näiteid kohas, kust kolleegid need leiavad ja saavad "
        "neid uuesti kasutada."
    ),
    "skills-5.guidance": (
        "Nõustuge, kui ühises kaustas või siseveebi lehel on varasemad turu-uuringu teated, "
        "tehnilised kirjeldused, hindamistabelid ja lepingutingimused koos märkusega selle "
        "kohta, mis toimis."
    ),
    "cooperation.name": "Koostöö ja võrgustikud",
    "cooperation.description": (
        "Kuidas organisatsioon teeb innovatsioonihangetes koostööd oma osakondade, teiste "
        "avaliku sektori hankijate ja kohalike innovatsiooniosalistega."
    ),
    "cooperation.recommendation": (
        "1. Leidke sellelt platvormilt kaks organisatsiooni, kes on hankinud seda, mida teie "
        "kavatsete hankida, ja paluge neilt tunniajast vestlust.\n"
        "2. Liituge BSR Cities Networkiga ja mõne riikliku hankijate võrgustikuga ning jagage "
        "seal mõnda oma hanget.\n"
        "3. Tooge ühise vajadusega osakonnad, näiteks koolide ja büroohoonete energiakasutuse "
        "eest vastutajad, kokku enne, kui igaüks eraldi hangib.\n"
        "4. Kaaluge ühishanget naaberomavalitsustega või keskse hankija kaudu, et jagada "
        "töökoormust ja riski (direktiiv 2014/24/EL, art 37–39)."
    ),
    "cooperation-1.text": (
        "Vahetame innovatsioonihangete kogemusi teiste avaliku sektori hankijatega."
    ),
    "cooperation-1.guidance": (
        "Nõustuge, kui töötajad kohtuvad või suhtlevad regulaarselt Eesti või välismaa "
        "kolleegidega nende hangete teemal, näiteks linnade võrgustikus või ELi projektis, ja "
        "kasutavad õpitut."
    ),
    "cooperation-2.text": (
        "Meie osakonnad teevad ühiste vajaduste puhul koostööd, selle asemel et igaüks eraldi "
        "hangiks."
    ),
    "cooperation-2.guidance": (
        "Nõustuge, kui sarnase vajadusega osakonnad valmistavad ette ühe ühise hanke, näiteks "
        "haridus- ja kinnisvaraosakond ostavad koolidele ja büroohoonetele ühe "
        "energiahaldussüsteemi."
    ),
    "cooperation-3.text": (
        "Oleme hankinud või valmistanud hanget ette koos teiste avaliku sektori hankijatega."
    ),
    "cooperation-3.guidance": (
        "Nõustuge, kui olete osalenud ühishankes naaberomavalitsustega, keskse hankija kaudu või "
        "piiriüleselt (direktiiv 2014/24/EL, art 37–39), et jagada töökoormust ja riski."
    ),
    "cooperation-4.text": (
        "Hangete ettevalmistamisel teeme koostööd kohalike innovatsiooniosalistega, näiteks "
        "ülikoolide, innovatsiooniagentuuride või klastritega."
    ),
    "cooperation-4.guidance": (
        "Nõustuge, kui sellised partnerid aitavad teil mõista vajadust või turgu, näiteks "
        "ülikool katsetab lahendust elavas laboris (living lab) või klaster kutsub oma liikmeid "
        "turu-uuringus osalema."
    ),
    "cooperation-5.text": (
        "Jagame oma hankedokumente ja tulemusi teiste hankijatega, et nad saaksid neid uuesti "
        "kasutada."
    ),
    "cooperation-5.guidance": (
        "Nõustuge, kui avaldate või edastate oma hangete tehnilisi kirjeldusi, hindamistabeleid "
        "ja õppetunde, näiteks hea tavana sellel platvormil."
    ),
    "users.name": "Kasutajate ja elanike kaasamine",
    "users.description": (
        "Kuidas elanikud ja teenuse kasutajad osalevad uute lahenduste määratlemises, "
        "katsetamises ja hindamises."
    ),
    "users.recommendation": (
        "1. Enne uue teenuse järgmist hanget küsige selle kasutajatelt intervjuude, küsitluse "
        "või töötoa abil, mis praegu halvasti toimib.\n"
        "2. Proovige koosloome töötuba elanike, ettevõtete ja teadlastega mõne kohaliku "
        "väljakutse lahendamiseks, kasutades selle raamatukogu CityLabi materjali.\n"
        "3. Kavandage enne uue lahenduse kasutuselevõttu katsetus päris kasutajatega ja "
        "otsustage eelnevalt, mida mõõdate.\n"
        "4. Kontrollige, et teie tehnilised kirjeldused sisaldaksid ligipääsetavuse nõudeid "
        "(direktiiv 2014/24/EL, art 42 lg 1).\n"
        "5. Andke osalejatele teada, mis nende panuse tõttu muutus."
    ),
    "users-1.text": (
        "Kaasame elanikke või teenuse kasutajaid, kui määratleme probleemi, mida hange peaks "
        "lahendama."
    ),
    "users-1.guidance": (
        "Nõustuge, kui kasutajate arvamused kujundavad vajadust, näiteks bussireisijate "
        "intervjuud enne liikuvusteenuse hanget või lapsevanemate küsitlus enne koolitoitlustuse "
        "hankimist."
    ),
    "users-2.text": (
        "Kasutame kohalike väljakutsete lahendamisel koosloome meetodeid koos elanike, "
        "ettevõtete ja teadlastega."
    ),
    "users-2.guidance": (
        "Nõustuge, kui olete korraldanud töötubasid või elava labori, kus need rühmad on koos "
        "tegelenud tegeliku väljakutsega, näiteks CityLabi turvalisemate koolitee teemal."
    ),
    "users-3.text": (
        "Kasutajad katsetavad uut lahendust tegelikes tingimustes, enne kui otsustame selle "
        "laiemalt kasutusele võtta."
    ),
    "users-3.guidance": (
        "Nõustuge, kui enne laialdast kasutuselevõttu toimub katsetus päris kasutajatega, "
        "näiteks proovib rühm koduhoolduse kliente ja töötajaid hooldusrakendust ning nende "
        "tagasiside pannakse kirja."
    ),
    "users-4.text": (
        "Meie tehnilised kirjeldused sisaldavad ligipääsetavuse nõudeid puuetega inimeste jaoks."
    ),
    "users-4.guidance": (
        "Nõustuge, kui ligipääsetavus või kõigile kasutajatele sobiv disain on osa igast "
        "tehnilisest kirjeldusest, mis puudutab inimeste kasutatavat lahendust (direktiiv "
        "2014/24/EL, art 42 lg 1), näiteks viide Euroopa standardile EN 301 549 digiteenuste "
        "puhul."
    ),
    "users-5.text": "Anname elanikele ja kasutajatele teada, kuidas nende panus hanget muutis.",
    "users-5.guidance": (
        "Nõustuge, kui osalejad saavad tagasisidet, näiteks lühikese teatena linna veebilehel "
        "või järelkohtumisel, selle kohta, milliseid nende ideid kasutati ja miks teisi mitte."
    ),
    "impact.name": "Mõju mõõtmine ja laiendamine",
    "impact.description": (
        "Kas organisatsioon mõõdab, mida uued lahendused saavutavad, juhib lepingut selle suunas "
        "ning laiendab seda, mis toimib."
    ),
    "impact.recommendation": (
        "1. Seadke järgmise uue lahenduse hanke jaoks kolm kuni viis näitajat ja mõõtke nende "
        "praegused väärtused enne hanget.\n"
        "2. Kavandage, kuidas tulemusi lepingu kehtivuse ajal mõõdetakse ja kes neist "
        "juhtkonnale aru annab.\n"
        "3. Lisage lepingusse optsioonid või muutmistingimused, et toimivat lahendust saaks "
        "laiendada ilma uue hanketa (direktiiv 2014/24/EL, art 72 lg 1 p a).\n"
        "4. Avaldage tulemused, sealhulgas see, mis ei toiminud, hea tavana sellel platvormil."
    ),
    "impact-1.text": "Enne hanget seame näitajad ja mõõdame oodatavate tulemuste lähtetaseme.",
    "impact-1.guidance": (
        "Nõustuge, kui teate praeguseid näitajaid selle kohta, mida lahendus peaks parandama, "
        "näiteks hoone energiakasutust või teenuse ooteaega, ja olete sihttaseme kirja pannud."
    ),
    "impact-2.text": (
        "Pärast katsehanget või lepingu lõppu mõõdame tulemusi võrreldes eesmärkidega ja anname "
        "neist juhtkonnale aru."
    ),
    "impact-2.guidance": (
        "Nõustuge, kui kirjalikus hinnangus võrreldakse tulemusi lähtetaseme ja eesmärkidega, "
        "näiteks volikogule esitatud aruandes pärast uue teenuse esimest aastat."
    ),
    "impact-3.text": (
        "Lepingu kehtivuse ajal jälgime tarnija tulemuslikkust ja tegeleme probleemidega varakult."
    ),
    "impact-3.guidance": (
        "Nõustuge, kui määratud lepingu haldaja kontrollib kokkulepitud tulemusnäitajaid "
        "tarnijaga peetavatel korrapärastel kohtumistel ja paneb kokkulepitu kirja."
    ),
    "impact-4.text": (
        "Kui katsehange õnnestub, on meil viis otsustada selle laiema kasutamise üle ja seda "
        "rahastada."
    ),
    "impact-4.guidance": (
        "Nõustuge, kui leping või kava näeb ette järgmise sammu, näiteks optsiooni laiendada "
        "lahendust rohkematesse asukohtadesse (direktiiv 2014/24/EL, art 72 lg 1 p a) või "
        "innovatsioonipartnerluse ostuetapi (art 31)."
    ),
    "impact-5.text": (
        "Avaldame oma innovatsioonihangete tulemused, sealhulgas selle, mis ei toiminud."
    ),
    "impact-5.guidance": (
        "Nõustuge, kui tulemused on avalikud, et teised hankijad saaksid neist õppida, näiteks "
        "juhtumiuuringuna teie veebilehel või hea tavana sellel platvormil."
    ),
}
