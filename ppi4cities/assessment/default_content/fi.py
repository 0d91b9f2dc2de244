"""The default readiness questionnaire in Finnish; keys as in en.py."""

TEXTS = {
    "name": "Valmius innovatiivisiin hankintoihin",
    "description": (
        "Kuinka valmis organisaatiosi on hankkimaan uusia ja parempia ratkaisuja julkisten "
        "hankintojen avulla. Arviointi kattaa yhdeksän osa-aluetta, jotka perustuvat OECD:n "
        "strategisten hankintojen viitekehykseen, kunnille tarkoitettuun "
        "INNLOCAL-itsearviointiin ja Euroopan komission ohjeisiin innovaatiohankinnoista. Vastaa "
        "sen mukaan, miten organisaatiosi toimii nyt, älä sen mukaan, miten se aikoo toimia."
    ),
    "scale.1": "Täysin eri mieltä",
    "scale.2": "Eri mieltä",
    "scale.3": "Ei samaa eikä eri mieltä",
    "scale.4": "Samaa mieltä",
    "scale.5": "Täysin samaa mieltä",
    "strategy.name": "Strategia ja johtaminen",
    "strategy.description": (
        "Ovatko innovatiiviset hankinnat osa organisaation tavoitteita ja suunnitelmia, ja "
        "tukeeko johto niitä myös käytännössä."
    ),
    "strategy.recommendation": (
        "1. Pyydä johtoa mainitsemaan innovatiiviset hankinnat seuraavassa hankintastrategiassa, "
        "ilmasto-ohjelmassa tai digistrategiassa keinona saavuttaa tavoitteet, jotka "
        "organisaatiolla jo on.\n"
        "2. Laadi lyhyt toimenpidesuunnitelma: mihin tarpeisiin tartutaan ensin, kuka vastaa "
        "kustakin vaiheesta ja milloin johto arvioi edistymistä.\n"
        "3. Käy seuraavan vuoden hankintasuunnitelma läpi yhdessä toimialojen kanssa ja merkitse "
        "kaksi tai kolme hankintaa, joissa uusi ratkaisu voisi toimia tavanomaista paremmin.\n"
        "4. Sovi johdon kanssa kirjallisesti, miten toimitaan, jos pilotti ei onnistu, jotta "
        "henkilöstö uskaltaa kokeilla."
    ),
    "strategy-1.text": (
        "Organisaatiomme strategiassa tai hankintapolitiikassa innovatiiviset hankinnat "
        "mainitaan keinona saavuttaa tavoitteet."
    ),
    "strategy-1.guidance": (
        "Samaa mieltä, jos valtuuston tai johdon hyväksymässä asiakirjassa todetaan, että "
        "organisaatio hankkii uusia ratkaisuja tavoitteidensa saavuttamiseksi, esimerkiksi "
        "hankintastrategia, joka kytkee hankinnat kaupungin ilmastotavoitteisiin. Euroopan "
        "komission ohjeissa innovaatiohankinnoista (C(2021) 4320) suositellaan tällaista "
        "poliittista sitoumusta."
    ),
    "strategy-2.text": (
        "Meillä on innovatiivisten hankintojen toimenpidesuunnitelma, jossa on nimetyt "
        "vastuuhenkilöt, tavoitteet ja aikataulu."
    ),
    "strategy-2.guidance": (
        "Samaa mieltä, jos suunnitelmasta käy ilmi, kuka tekee mitä ja mihin mennessä, "
        "esimerkiksi että hankintayksikkö toteuttaa vuosittain yhden pilottihankinnan ja "
        "raportoi johdolle joka syksy."
    ),
    "strategy-3.text": "Ylin johtomme on avoimesti tukenut ainakin yhtä uuden ratkaisun hankintaa.",
    "strategy-3.guidance": (
        "Samaa mieltä, jos pormestari, johtaja tai toimialajohtaja on esitellyt tai puolustanut "
        "tällaista hankintaa, esimerkiksi viemällä pilotin valtuuston käsiteltäväksi tai "
        "hyväksymällä haasteen, johon hankinnalla vastataan."
    ),
    "strategy-4.text": (
        "Kun pilotti ei tuota toivottua tulosta, esihenkilömme pitävät sitä oppimiskokemuksena "
        "eivätkä mukana olleen henkilöstön virheenä."
    ),
    "strategy-4.guidance": (
        "Samaa mieltä, jos huolellisesti valmistellun mutta epäonnistuneen hankinnan "
        "toteuttaneita työntekijöitä ei syyllistetty ja opit käsiteltiin avoimesti, esimerkiksi "
        "johtoryhmän kokouksessa tai lyhyessä kirjallisessa arvioinnissa."
    ),
    "strategy-5.text": (
        "Käymme suunnitellut hankintamme vuosittain läpi ja etsimme tilaisuuksia hankkia uusi "
        "tai parempi ratkaisu."
    ),
    "strategy-5.guidance": (
        "Samaa mieltä, jos vuotuinen hankintasuunnitelma käydään tästä näkökulmasta läpi ennen "
        "tarjouspyyntöjen valmistelua, esimerkiksi merkitsemällä pian päättyvät sopimukset ja "
        "pohtimalla, voisiko tarpeeseen vastata uudella tavalla."
    ),
    "legal.name": "Hankintajuridiikan ja menettelyjen osaaminen",
    "legal.description": (
        "Kuinka hyvin organisaatio tuntee ja hyödyntää menettelyjä ja sopimusehtoja, joita "
        "hankintalainsäädäntö tarjoaa uusien ratkaisujen hankintaan."
    ),
    "legal.recommendation": (
        "1. Järjestä hankinta- ja lakiasiantuntijoille lyhyt perehdytys uusien ratkaisujen "
        "hankintaan soveltuvista menettelyistä: neuvottelumenettelystä, kilpailullisesta "
        "neuvottelumenettelystä ja innovaatiokumppanuudesta (direktiivi 2014/24/EU, 29–31 "
        "artikla).\n"
        "2. Tutustu siihen, miten jokin toinen kotimainen hankintayksikkö on käyttänyt jotakin "
        "näistä menettelyistä, ja kysy, mitä se tekisi toisin.\n"
        "3. Sovi lakiasiantuntijoiden kanssa vakioehdoista, jotka koskevat immateriaalioikeuksia "
        "sekä vertailuperusteita, joissa hinnan lisäksi painotetaan laatua.\n"
        "4. Pyydä kansalliselta osaamiskeskukselta tai hankintoja valvovalta viranomaiselta "
        "ohjeita EU-kynnysarvot alittavia hankintoja koskevista kansallisista säännöistä."
    ),
    "legal-1.text": (
        "Hankintahenkilöstömme tietää, milloin voimme käyttää neuvottelumenettelyä, "
        "kilpailullista neuvottelumenettelyä tai innovaatiokumppanuutta."
    ),
    "legal-1.guidance": (
        "Samaa mieltä, jos henkilöstö osaa selittää, että nämä menettelyt soveltuvat tarpeisiin, "
        "jotka edellyttävät uusien ratkaisujen suunnittelua, mukauttamista tai kehittämistä "
        "(direktiivi 2014/24/EU, 26 artiklan 4 kohta sekä 29, 30 ja 31 artikla), ja mikä niistä "
        "sopii kuhunkin tarpeeseen."
    ),
    "legal-2.text": (
        "Olemme käyttäneet uuden tai mukautetun ratkaisun hankintaan muuta kuin avointa menettelyä."
    ),
    "legal-2.guidance": (
        "Samaa mieltä, jos organisaatiossa on toteutettu vähintään yksi tällainen hankinta, "
        "esimerkiksi kilpailullinen neuvottelumenettely digitaalisen palvelun hankinnassa tai "
        "innovaatiokumppanuus, jossa kehitettiin ja sitten hankittiin ratkaisu, jota "
        "markkinoilla ei vielä ollut tarjolla."
    ),
    "legal-3.text": (
        "Lakiasiantuntijamme auttavat meitä löytämään, miten säännöt sallivat sen, mitä haluamme "
        "tehdä, eivätkä kerro vain, mitä ne kieltävät."
    ),
    "legal-3.guidance": (
        "Samaa mieltä, jos juristit osallistuvat hankinnan valmisteluun jo varhain ja ehdottavat "
        "lainmukaisia toimintatapoja, esimerkiksi miten toimittajatapaamiset järjestetään "
        "tasapuolista kohtelua noudattaen, sen sijaan että he neuvoisivat välttämään "
        "toimittajien tapaamista kokonaan."
    ),
    "legal-4.text": (
        "Tiedämme, mikä ero on esikaupallisella hankinnalla ja innovatiivisten ratkaisujen "
        "hankinnalla ja milloin kumpikin sopii."
    ),
    "legal-4.guidance": (
        "Samaa mieltä, jos henkilöstö tietää, että esikaupallisessa hankinnassa hankitaan "
        "tutkimus- ja kehittämispalveluja kilpailevissa vaiheissa direktiivin soveltamisalan "
        "ulkopuolella, kun hankintaviranomainen ei pidätä kaikkia hyötyjä itselleen (direktiivi "
        "2014/24/EU, 14 artikla), kun taas innovatiivisten ratkaisujen hankinnassa hankitaan "
        "uusia mutta jo lähes markkinavalmiita ratkaisuja."
    ),
    "legal-5.text": (
        "Tarjouspyyntöasiakirjoissamme on immateriaalioikeuksia koskevat ehdot, jotka sopivat "
        "hankinnan kohteeseen."
    ),
    "legal-5.guidance": (
        "Samaa mieltä, jos oikeuksien jakautumisesta päätetään hankintakohtaisesti eikä "
        "vakioehtoa vain kopioida, esimerkiksi niin, että omistusoikeus jää toimittajalle ja "
        "hankintayksikkö saa oikeuden käyttää ja muokata tuloksia, kuten komission ohjeissa "
        "innovaatiohankinnoista käsitellään."
    ),
    "legal-6.text": (
        "Valitsemme uusien ratkaisujen toimittajat sekä laadun että hinnan perusteella."
    ),
    "legal-6.guidance": (
        "Samaa mieltä, jos hankintasopimuksen tekoperusteissa eli vertailuperusteissa "
        "painotetaan hinnan tai elinkaarikustannusten ohella laatua, esimerkiksi toiminnallisia, "
        "ympäristöön liittyviä tai innovatiivisia ominaisuuksia (direktiivi 2014/24/EU, 67 "
        "artikla), jotta parempi ratkaisu voi voittaa."
    ),
    "needs.name": "Tarpeiden arviointi",
    "needs.description": (
        "Miten organisaatio selvittää ja kuvaa tarpeensa ennen kuin se päättää, mitä hankitaan."
    ),
    "needs.recommendation": (
        "1. Kirjoita seuraavaa hankintaa varten sivun mittainen kuvaus ratkaistavasta ongelmasta "
        "ja tarvittavasta lopputuloksesta ennen kuin kukaan mainitsee yhtään tuotetta.\n"
        "2. Järjestä työpaja ratkaisua käyttävälle henkilöstölle ja asukkaille ja kirjaa, mikä "
        "toimii nyt huonosti ja miksi.\n"
        "3. Kokoa tiedot nykytilanteesta, kuten kustannukset, palvelutaso ja valitukset, jotta "
        "voit myöhemmin osoittaa, mikä muuttui.\n"
        "4. Selvitä, mitä on jo olemassa: muiden kaupunkien pilotit tässä tietokirjastossa, "
        "tutkimustulokset ja patenttitietokannat.\n"
        "5. Muotoile tarve suorituskykyä tai toiminnallisia ominaisuuksia koskeviksi "
        "vaatimuksiksi ja salli vaihtoehtoiset tarjoukset, kun se on järkevää."
    ),
    "needs-1.text": (
        "Kuvaamme ennen tarjouspyyntöä ratkaistavan ongelman ja tarvitsemamme lopputuloksen "
        "emmekä tiettyä tuotetta."
    ),
    "needs-1.guidance": (
        "Samaa mieltä, jos hankinnan ensimmäisessä asiakirjassa kuvataan ongelma, esimerkiksi "
        "”talvella liian moni kotihoidon käynti jää toteutumatta”, eikä tuotetta, kuten ”12 "
        "sähköpakettiautoa”."
    ),
    "needs-2.text": "Otamme ratkaisua käyttävän henkilöstön mukaan kuvaamaan tarvetta.",
    "needs-2.guidance": (
        "Samaa mieltä, jos ratkaisun parissa työskentelevät ihmiset osallistuvat tarpeen "
        "kirjoittamiseen, esimerkiksi koulujen kiinteistönhoitajat rakennuksen "
        "energiajärjestelmän hankinnassa tai hoitajat hoivapalvelun hankinnassa."
    ),
    "needs-3.text": "Keräämme tietoa nykytilanteesta ennen kuin päätämme, mitä hankimme.",
    "needs-3.guidance": (
        "Samaa mieltä, jos tietoja kerätään esimerkiksi nykyisistä kustannuksista, "
        "palvelutasosta, energiankulutuksesta tai valituksista, jotta tarve perustuu näyttöön ja "
        "tulosta voidaan myöhemmin verrata."
    ),
    "needs-4.text": (
        "Selvitämme ennen tarpeen määrittelyä, mitä ratkaisuja, tutkimustuloksia ja patentteja "
        "on jo olemassa."
    ),
    "needs-4.guidance": (
        "Samaa mieltä, jos ennen määrittelyä selvitetään esimerkiksi muiden hankintayksiköiden "
        "pilotit, EU-rahoitteisen tutkimuksen tulokset CORDIS-tietokannasta ja "
        "patenttitietokannat, kuten Espacenet, jotta ei pyydetä mahdotonta eikä ohiteta sitä, "
        "mitä on jo saatavilla."
    ),
    "needs-5.text": (
        "Teknisissä eritelmissämme asetetaan suorituskykyä tai toiminnallisia ominaisuuksia "
        "koskevat vaatimukset, ja toimittajille jää tilaa ehdottaa, miten ne täytetään."
    ),
    "needs-5.guidance": (
        "Samaa mieltä, jos eritelmissä kerrotaan, mitä ratkaisun on saavutettava, esimerkiksi "
        "”sisälämpötila pysyy asetetuissa rajoissa pienemmällä energiankulutuksella”, eikä sitä, "
        "miten se tehdään (direktiivi 2014/24/EU, 42 artiklan 3 kohdan a alakohta), ja "
        "vaihtoehtoiset tarjoukset sallitaan, kun niistä on hyötyä (45 artikla)."
    ),
    "market.name": "Markkinavuoropuhelu",
    "market.description": (
        "Miten organisaatio on yhteydessä toimittajiin ennen tarjouskilpailua ja sen aikana, ja "
        "pääsevätkö pienet ja uudet yritykset mukaan."
    ),
    "market.recommendation": (
        "1. Järjestä avoin markkinakartoitus ennen seuraavaa uutta tarvetta koskevaa "
        "tarjouskilpailua: julkaise ongelman kuvaava ennakkoilmoitus, pyydä kirjallisia "
        "vastauksia ja järjestä infotilaisuus (direktiivi 2014/24/EU, 40 artikla).\n"
        "2. Kirjaa jokainen yhteydenotto toimittajiin ja jaa annetut tiedot kaikille "
        "tarjoajille, jotta kukaan ei saa etua (41 artikla).\n"
        "3. Julkaise tulevan vuoden hankintasuunnitelma organisaatiosi verkkosivuilla.\n"
        "4. Pyydä innovaatiotoimijoita, klustereita tai elinkeinoelämän järjestöjä välittämään "
        "haasteesi startup-yrityksille ja pienille yrityksille.\n"
        "5. Jaa suuret hankinnat osiin aina kun mahdollista, ja jos et jaa, perustele ratkaisu "
        "hankinta-asiakirjoissa (46 artikla)."
    ),
    "market-1.text": (
        "Järjestämme avoimen markkinakartoituksen ennen uusia tai monimutkaisia tarpeita "
        "koskevia tarjouskilpailuja."
    ),
    "market-1.guidance": (
        "Samaa mieltä, jos markkinoita kuullaan säännöllisesti ja avoimesti ennen tällaisia "
        "tarjouskilpailuja, esimerkiksi julkaisemalla ennakkoilmoitus, järjestämällä "
        "infotilaisuus ja pyytämällä kirjallisia vastauksia (direktiivi 2014/24/EU, 40 artikla)."
    ),
    "market-2.text": (
        "Julkaisemme suunnitellut hankintamme niin ajoissa, että toimittajat ehtivät valmistautua."
    ),
    "market-2.guidance": (
        "Samaa mieltä, jos toimittajat saavat tiedon tulevista tarjouskilpailuista kuukausia "
        "etukäteen, esimerkiksi verkkosivuilla julkaistusta hankintasuunnitelmasta tai "
        "ennakkoilmoituksesta (direktiivi 2014/24/EU, 48 artikla)."
    ),
    "market-3.text": (
        "Osaamme keskustella toimittajien kanssa ennen tarjouskilpailua rikkomatta tasapuolisen "
        "kohtelun periaatetta."
    ),
    "market-3.guidance": (
        "Samaa mieltä, jos henkilöstö kirjaa yhteydenpitonsa toimittajiin, jakaa keskustelujen "
        "sisällön kaikille tarjoajille ja antaa riittävästi aikaa vastata (direktiivi "
        "2014/24/EU, 41 artikla) sen sijaan, että toimittajia vältellään valitusten pelossa."
    ),
    "market-4.text": (
        "Tavoitamme myös muita kuin tavanomaisia toimittajia, kuten startup-yrityksiä ja muiden "
        "toimialojen yrityksiä."
    ),
    "market-4.guidance": (
        "Samaa mieltä, jos markkinakartoituksista ja tarjouskilpailuista tiedotetaan kanavissa, "
        "joita uudet toimittajat seuraavat, esimerkiksi innovaatiotoimijoiden, klustereiden tai "
        "elinkeinoelämän järjestöjen kautta tai matchmaking-tapahtumissa."
    ),
    "market-5.text": (
        "Jaamme suuret hankinnat osiin tai hyväksymme yhteistarjoukset, jotta myös pienet "
        "yritykset voivat osallistua."
    ),
    "market-5.guidance": (
        "Samaa mieltä, jos osiin jakamista harkitaan jokaisessa suuressa hankinnassa ja "
        "perustellaan, miksi osia ei käytetä (direktiivi 2014/24/EU, 46 artikla), ja "
        "soveltuvuusvaatimukset sallivat pienten yritysten tehdä yhteistarjouksen tai tukeutua "
        "kumppaneiden voimavaroihin (19 ja 63 artikla)."
    ),
    "market-6.text": (
        "Annamme jokaisen tarjouskilpailun jälkeen hävinneille tarjoajille selkeää palautetta."
    ),
    "market-6.guidance": (
        "Samaa mieltä, jos tarjoajat saavat tietää, miksi niiden tarjous hävisi ja missä "
        "voittanut tarjous oli parempi (direktiivi 2014/24/EU, 55 artikla), esimerkiksi "
        "kirjeellä tai lyhyessä tapaamisessa, jotta ne voivat onnistua paremmin seuraavalla "
        "kerralla."
    ),
    "risk.name": "Riskit, budjetti ja kannattavuuslaskelma",
    "risk.description": (
        "Punnitseeko organisaatio uuden ratkaisun kustannuksia, hyötyjä ja riskejä, ja onko "
        "sillä rahaa ja sopimuksellisia keinoja ratkaisun kokeilemiseen."
    ),
    "risk.recommendation": (
        "1. Laadi ennen seuraavaa uuden ratkaisun tarjouskilpailua kannattavuuslaskelma, jossa "
        "ratkaisua verrataan nykyiseen toimintatapaan sen koko elinkaaren ajalta.\n"
        "2. Listaa tärkeimmät tekniset, juridiset, taloudelliset ja käyttäjiin liittyvät riskit "
        "ja nimeä kullekin vastuuhenkilö ja keino riskin pienentämiseksi.\n"
        "3. Ehdota budjettiin määrärahaa piloteille tai etsi innovatiivisille hankinnoille EU:n "
        "tai kansallista rahoitusta tämän alustan rahoitusmahdollisuuksista.\n"
        "4. Rakenna sopimukseen vaiheportit: pilottivaihe selkein tavoittein ja oikeus lopettaa "
        "sen jälkeen."
    ),
    "risk-1.text": (
        "Laadimme ennen uuden ratkaisun tarjouskilpailua kannattavuuslaskelman, jossa ratkaisua "
        "verrataan nykyiseen toimintatapaan."
    ),
    "risk-1.guidance": (
        "Samaa mieltä, jos kirjallisessa kannattavuuslaskelmassa esitetään uuden ratkaisun "
        "kustannukset, hyödyt ja riskit verrattuna nykyisen toiminnan jatkamiseen, esimerkiksi "
        "älykäs katuvalaistus verrattuna siihen, että vanhat valaisimet korvataan samanlaisilla."
    ),
    "risk-2.text": (
        "Tunnistamme hankinnan tärkeimmät riskit ja suunnittelemme, miten kutakin niistä "
        "pienennetään."
    ),
    "risk-2.guidance": (
        "Samaa mieltä, jos jokaisesta innovatiivisesta hankinnasta on riskilista, joka kattaa "
        "tekniset, juridiset ja taloudelliset riskit sekä käyttäjien hyväksyntään liittyvät "
        "riskit, nimeää kullekin vastuuhenkilön ja toimenpiteen ja jota päivitetään hankkeen "
        "edetessä."
    ),
    "risk-3.text": (
        "Kannattavuuslaskelmissamme otetaan huomioon ratkaisun koko elinkaaren kustannukset eikä "
        "vain hankintahintaa."
    ),
    "risk-3.guidance": (
        "Samaa mieltä, jos laskelmissa ovat mukana käyttö-, kunnossapito-, energia- ja "
        "käytöstäpoistokustannukset ja samaa menetelmää voidaan käyttää tarjousten vertailuun "
        "elinkaarikustannusten perusteella (direktiivi 2014/24/EU, 68 artikla)."
    ),
    "risk-4.text": (
        "Meillä on käytettävissä rahaa uuden ratkaisun kokeilemiseen ennen varsinaista hankintaa."
    ),
    "risk-4.guidance": (
        "Samaa mieltä, jos kokeiluihin on käytettävissä määräraha, pilottirahasto tai "
        "ulkopuolista rahoitusta, esimerkiksi EU-ohjelmasta tai kansalliselta "
        "innovaatiorahoittajalta, ilman että rahaa otetaan käynnissä olevilta palveluilta."
    ),
    "risk-5.text": (
        "Uusia ratkaisuja koskevissa sopimuksissamme käytetään vaiheportteja, pilottivaiheita "
        "tai suorituskykyyn sidottua maksua."
    ),
    "risk-5.guidance": (
        "Samaa mieltä, jos sopimukset mahdollistavat lopettamisen tai muutokset sellaisen "
        "vaiheen jälkeen, jonka tavoitteita ei saavutettu, kuten innovaatiokumppanuudessa "
        "(direktiivi 2014/24/EU, 31 artiklan 2 kohta), tai jos osa maksusta on sidottu "
        "mitattuihin tuloksiin."
    ),
    "skills.name": "Osaaminen ja organisointi",
    "skills.description": (
        "Onko organisaatiolla ihmiset, aika, tiimit ja välineet uusien ratkaisujen hankintojen "
        "valmisteluun ja toteuttamiseen."
    ),
    "skills.recommendation": (
        "1. Nimeä innovatiivisten hankintojen yhteyshenkilö ja varaa hänelle siihen aikaa.\n"
        "2. Lähetä hankinta-, laki- ja tekniikan asiantuntijat yhdessä innovatiivisten "
        "hankintojen koulutukseen ja huolehdi, että he jakavat oppimansa muille.\n"
        "3. Kokoa seuraavaa uuden ratkaisun hankintaa varten heti alusta tiimi, jossa on "
        "hankinta-, juridista, teknistä ja käyttäjäosaamista.\n"
        "4. Säilytä kunkin hankkeen tarjouspyyntöasiakirjat ja opit yhdessä yhteisessä paikassa "
        "ja käytä tämän tietokirjaston malleja lähtökohtana."
    ),
    "skills-1.text": (
        "Hankintahenkilöstömme on saanut koulutusta innovatiivisista hankinnoista viimeisten "
        "kahden vuoden aikana."
    ),
    "skills-1.guidance": (
        "Samaa mieltä, jos ainakin osa tarjouspyyntöjä valmistelevista työntekijöistä on "
        "osallistunut aihetta käsittelevälle kurssille, webinaarisarjaan tai vertaisoppimiseen, "
        "esimerkiksi kansallisen osaamiskeskuksen tai EU-hankkeen järjestämänä."
    ),
    "skills-2.text": (
        "Jokaisessa uuden ratkaisun hankinnassa on tiimi, jossa yhdistyvät hankinta-, juridinen, "
        "tekninen ja käyttäjäosaaminen."
    ),
    "skills-2.guidance": (
        "Samaa mieltä, jos tällainen tiimi kootaan heti alussa eikä vasta silloin, kun "
        "tarjouspyyntö on jo kirjoitettu, esimerkiksi hankinta-asiantuntija, juristi, insinööri "
        "ja palveluesihenkilö, jotka kokoontuvat tarpeiden arvioinnista alkaen."
    ),
    "skills-3.text": "Tiedämme, mistä saamme asiantuntija-apua innovatiivisiin hankintoihin.",
    "skills-3.guidance": (
        "Samaa mieltä, jos henkilöstö tietää, keneltä kysyä, esimerkiksi innovatiivisten "
        "hankintojen kansalliselta osaamiskeskukselta, innovaatiotoimijalta tai yliopistolta; "
        "komission ohjeissa innovaatiohankinnoista kannustetaan tällaisten osaamiskeskusten "
        "perustamiseen."
    ),
    "skills-4.text": (
        "Henkilöstöllämme on varattu aikaa uusien ratkaisujen hankintojen valmisteluun eikä vain "
        "rutiininomaisiin tarjouskilpailuihin."
    ),
    "skills-4.guidance": (
        "Samaa mieltä, jos työsuunnitelmissa on jätetty tilaa näiden hankintojen pidemmälle "
        "valmistelulle, esimerkiksi nimeämällä innovatiivisten hankintojen yhteyshenkilö, jolle "
        "on varattu siihen työaikaa."
    ),
    "skills-5.text": (
        "Säilytämme aiempien hankintojen malleja ja esimerkkejä paikassa, josta kollegat "
        "löytävät ne ja voivat käyttää niitä uudelleen."
    ),
    "skills-5.guidance": (
        "Samaa mieltä, jos yhteisessä kansiossa tai intranetsivulla on aiempia "
        "markkinakartoitusilmoituksia, eritelmiä, arviointitaulukoita ja sopimusehtoja sekä "
        "merkintä siitä, mikä toimi."
    ),
    "cooperation.name": "Yhteistyö ja verkostot",
    "cooperation.description": (
        "Miten organisaatio tekee innovatiivisissa hankinnoissa yhteistyötä omien toimialojensa, "
        "muiden julkisten hankintayksiköiden ja paikallisten innovaatiotoimijoiden kanssa."
    ),
    "cooperation.recommendation": (
        "1. Etsi tältä alustalta kaksi organisaatiota, jotka ovat hankkineet sitä, mitä aiot "
        "hankkia, ja pyydä niiltä tunnin puhelu.\n"
        "2. Liity BSR Cities Networkiin ja johonkin julkisten hankintayksiköiden kansalliseen "
        "verkostoon ja jaa siellä jokin organisaatiosi omista tarjouspyynnöistä.\n"
        "3. Kokoa yhteen toimialat, joilla on yhteinen tarve, kuten koulujen ja toimistojen "
        "energianhallinta, ennen kuin kukin hankkii erikseen.\n"
        "4. Harkitse yhteishankintaa naapurikuntien kanssa tai yhteishankintayksikön kautta, "
        "jotta työmäärä ja riski jakautuvat (direktiivi 2014/24/EU, 37–39 artikla)."
    ),
    "cooperation-1.text": (
        "Vaihdamme kokemuksia innovatiivisista hankinnoista muiden julkisten hankintayksiköiden "
        "kanssa."
    ),
    "cooperation-1.guidance": (
        "Samaa mieltä, jos henkilöstö tapaa säännöllisesti kotimaisia tai ulkomaisia kollegoita "
        "tai soittaa heille heidän hankinnoistaan, esimerkiksi kaupunkiverkostossa tai "
        "EU-hankkeessa, ja hyödyntää oppimaansa."
    ),
    "cooperation-2.text": (
        "Toimialamme tekevät yhteistyötä yhteisissä tarpeissa sen sijaan, että kukin hankkisi "
        "yksin."
    ),
    "cooperation-2.guidance": (
        "Samaa mieltä, jos toimialat, joilla on samankaltainen tarve, valmistelevat yhden "
        "yhteisen hankinnan, esimerkiksi kun kasvatuksen ja koulutuksen toimiala ja tilapalvelut "
        "hankkivat yhden energianhallintajärjestelmän kouluille ja toimistoille."
    ),
    "cooperation-3.text": (
        "Olemme hankkineet tai valmistelleet hankintaa yhdessä muiden julkisten "
        "hankintayksiköiden kanssa."
    ),
    "cooperation-3.guidance": (
        "Samaa mieltä, jos organisaatio on osallistunut yhteishankintaan naapurikuntien kanssa, "
        "yhteishankintayksikön kautta tai yli rajojen (direktiivi 2014/24/EU, 37–39 artikla) "
        "työmäärän ja riskin jakamiseksi."
    ),
    "cooperation-4.text": (
        "Teemme hankintoja valmistellessamme yhteistyötä paikallisten innovaatiotoimijoiden, "
        "kuten korkeakoulujen, kehittämisyhtiöiden tai klustereiden, kanssa."
    ),
    "cooperation-4.guidance": (
        "Samaa mieltä, jos tällaiset kumppanit auttavat ymmärtämään tarvetta tai markkinoita, "
        "esimerkiksi yliopisto testaa ratkaisua living lab -ympäristössä tai klusteri kutsuu "
        "jäseniään markkinakartoitukseen."
    ),
    "cooperation-5.text": (
        "Jaamme omia tarjouspyyntöasiakirjojamme ja tuloksiamme muille hankintayksiköille, jotta "
        "ne voivat hyödyntää niitä."
    ),
    "cooperation-5.guidance": (
        "Samaa mieltä, jos hankintojen eritelmiä, arviointitaulukoita ja oppeja julkaistaan tai "
        "välitetään eteenpäin, esimerkiksi hyvänä käytäntönä tällä alustalla."
    ),
    "users.name": "Käyttäjien ja asukkaiden osallistaminen",
    "users.description": (
        "Miten asukkaat ja palvelujen käyttäjät osallistuvat uusien ratkaisujen määrittelyyn, "
        "testaamiseen ja arviointiin."
    ),
    "users.recommendation": (
        "1. Kysy ennen seuraavaa uuden palvelun hankintaa sen käyttäjiltä haastatteluilla, "
        "kyselyllä tai työpajassa, mikä toimii nyt huonosti.\n"
        "2. Kokeile yhteiskehittämisen työpajaa asukkaiden, yritysten ja tutkijoiden kanssa "
        "jonkin paikallisen haasteen ratkaisemiseksi ja hyödynnä tämän tietokirjaston "
        "CityLab-materiaalia.\n"
        "3. Suunnittele testi todellisten käyttäjien kanssa ennen uuden ratkaisun käyttöönottoa "
        "ja päätä etukäteen, mitä mittaat.\n"
        "4. Tarkista, että eritelmissäsi on esteettömyys- ja saavutettavuusvaatimuksia "
        "(direktiivi 2014/24/EU, 42 artiklan 1 kohta).\n"
        "5. Kerro osallistuneille, mikä muuttui heidän panoksensa ansiosta."
    ),
    "users-1.text": (
        "Otamme asukkaat tai palvelujen käyttäjät mukaan määrittelemään ongelmaa, joka "
        "hankinnalla on tarkoitus ratkaista."
    ),
    "users-1.guidance": (
        "Samaa mieltä, jos käyttäjien näkemykset vaikuttavat tarpeen määrittelyyn, esimerkiksi "
        "bussimatkustajien haastattelut ennen liikennepalvelun tarjouskilpailua tai vanhemmille "
        "tehty kysely ennen kouluruokapalvelun hankintaa."
    ),
    "users-2.text": (
        "Käytämme paikallisissa haasteissa yhteiskehittämisen menetelmiä yhdessä asukkaiden, "
        "yritysten ja tutkijoiden kanssa."
    ),
    "users-2.guidance": (
        "Samaa mieltä, jos on järjestetty työpajoja tai living lab -toimintaa, jossa nämä ryhmät "
        "ovat työskennelleet yhdessä todellisen haasteen parissa, esimerkiksi CityLab "
        "turvallisemmista koulureiteistä."
    ),
    "users-3.text": (
        "Käyttäjät testaavat uutta ratkaisua todellisissa olosuhteissa ennen kuin päätämme sen "
        "laajemmasta käyttöönotosta."
    ),
    "users-3.guidance": (
        "Samaa mieltä, jos laajaa käyttöönottoa edeltää pilotti todellisten käyttäjien kanssa, "
        "esimerkiksi kotihoidon asiakasryhmä ja henkilöstö kokeilevat hoivasovellusta ja heidän "
        "palautteensa kirjataan."
    ),
    "users-4.text": (
        "Eritelmissämme on esteettömyys- ja saavutettavuusvaatimuksia vammaisten henkilöiden "
        "tarpeisiin."
    ),
    "users-4.guidance": (
        "Samaa mieltä, jos esteettömyys tai kaikkien käyttäjien tarpeet huomioon ottava "
        "suunnittelu sisältyy jokaiseen eritelmään, joka koskee ihmisten käyttöön tulevaa "
        "hankintaa (direktiivi 2014/24/EU, 42 artiklan 1 kohta), esimerkiksi viittaus "
        "eurooppalaiseen standardiin EN 301 549 digitaalisissa palveluissa."
    ),
    "users-5.text": "Kerromme asukkaille ja käyttäjille, miten heidän panoksensa muutti hankintaa.",
    "users-5.guidance": (
        "Samaa mieltä, jos osallistujat saavat palautetta esimerkiksi lyhyellä tiedotteella "
        "kaupungin verkkosivuilla tai jatkotapaamisessa siitä, mitä heidän ideoistaan käytettiin "
        "ja miksi muita ei käytetty."
    ),
    "impact.name": "Vaikutusten mittaaminen ja skaalaus",
    "impact.description": (
        "Mittaako organisaatio, mitä uusilla ratkaisuilla saavutetaan, ohjaako se sopimusta tätä "
        "kohti ja skaalaako se toimivat ratkaisut laajempaan käyttöön."
    ),
    "impact.recommendation": (
        "1. Aseta seuraavaa uuden ratkaisun hankintaa varten kolmesta viiteen mittaria ja mittaa "
        "niiden nykyiset arvot ennen tarjouskilpailua.\n"
        "2. Suunnittele, miten tuloksia mitataan sopimuskauden aikana ja kuka raportoi niistä "
        "johdolle.\n"
        "3. Sisällytä sopimukseen optioita tai muutosehtoja, jotta toimivaa ratkaisua voidaan "
        "laajentaa ilman uutta tarjouskilpailua (direktiivi 2014/24/EU, 72 artiklan 1 kohdan a "
        "alakohta).\n"
        "4. Julkaise tulokset, myös se, mikä ei toiminut, hyvänä käytäntönä tällä alustalla."
    ),
    "impact-1.text": (
        "Asetamme ennen tarjouskilpailua mittarit ja mittaamme odottamiemme tulosten lähtötason."
    ),
    "impact-1.guidance": (
        "Samaa mieltä, jos tiedossa ovat nykyiset luvut siitä, mitä ratkaisun pitäisi parantaa, "
        "esimerkiksi rakennuksen energiankulutus tai palvelun odotusaika, ja tavoite on kirjattu."
    ),
    "impact-2.text": (
        "Pilotin tai sopimuksen päätyttyä mittaamme tuloksia suhteessa tavoitteisiimme ja "
        "raportoimme niistä johdolle."
    ),
    "impact-2.guidance": (
        "Samaa mieltä, jos kirjallisessa arvioinnissa verrataan tuloksia lähtötasoon ja "
        "tavoitteisiin, esimerkiksi valtuustolle annettavassa raportissa uuden palvelun "
        "ensimmäisen toimintavuoden jälkeen."
    ),
    "impact-3.text": (
        "Seuraamme sopimuskauden aikana toimittajan suoriutumista ja puutumme ongelmiin ajoissa."
    ),
    "impact-3.guidance": (
        "Samaa mieltä, jos nimetty sopimusvastaava tarkistaa sovitut suorituskykymittarit "
        "säännöllisissä tapaamisissa toimittajan kanssa ja kirjaa sovitut asiat."
    ),
    "impact-4.text": (
        "Kun pilotti onnistuu, meillä on keino päättää sen laajemmasta käytöstä ja rahoittaa se."
    ),
    "impact-4.guidance": (
        "Samaa mieltä, jos sopimuksessa tai suunnitelmassa on varauduttu seuraavaan vaiheeseen, "
        "esimerkiksi optiolla laajentaa ratkaisu useampaan kohteeseen (direktiivi 2014/24/EU, 72 "
        "artiklan 1 kohdan a alakohta) tai innovaatiokumppanuuden hankintavaiheella (31 artikla)."
    ),
    "impact-5.text": (
        "Julkaisemme innovatiivisten hankintojemme tulokset, myös sen, mikä ei toiminut."
    ),
    "impact-5.guidance": (
        "Samaa mieltä, jos tulokset ovat julkisia, jotta muut hankintayksiköt voivat oppia "
        "niistä, esimerkiksi tapaustutkimuksena organisaation verkkosivuilla tai hyvänä "
        "käytäntönä tällä alustalla."
    ),
}
