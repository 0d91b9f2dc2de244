"""The default readiness questionnaire in Swedish; keys as in en.py."""

TEXTS = {
    "name": "Mognad för innovationsupphandling",
    "description": (
        "Hur redo din organisation är att köpa nya och bättre lösningar genom offentlig "
        "upphandling, i nio dimensioner som bygger på OECD:s ramverk för strategisk upphandling, "
        "INNLOCAL:s självskattning för kommuner och Europeiska kommissionens vägledning om "
        "innovationsupphandling. Svara utifrån hur din organisation arbetar i dag, inte hur den "
        "planerar att arbeta."
    ),
    "scale.1": "Tar helt avstånd",
    "scale.2": "Tar avstånd",
    "scale.3": "Varken instämmer eller tar avstånd",
    "scale.4": "Instämmer",
    "scale.5": "Instämmer helt",
    "strategy.name": "Strategi och ledarskap",
    "strategy.description": (
        "Om innovationsupphandling ingår i organisationens mål och planer, och om ledningen "
        "stöder den i praktiken."
    ),
    "strategy.recommendation": (
        "1. Be ledningen att lyfta fram innovationsupphandling i nästa upphandlingsstrategi, "
        "klimatplan eller digitaliseringsstrategi, som ett sätt att nå mål som organisationen "
        "redan har.\n"
        "2. Skriv en kort handlingsplan: vilka behov ni ska börja med, vem som ansvarar för "
        "varje steg och när ledningen ska följa upp arbetet.\n"
        "3. Gå igenom nästa års upphandlingsplan tillsammans med förvaltningarna och markera två "
        "eller tre inköp där en ny lösning skulle kunna fungera bättre än den vanliga.\n"
        "4. Kom skriftligt överens med ledningen om hur ett pilotprojekt som inte lyckas ska "
        "hanteras, så att medarbetarna inte är rädda för att pröva."
    ),
    "strategy-1.text": (
        "Vår organisations strategi eller upphandlingspolicy lyfter fram innovationsupphandling "
        "som ett sätt att nå organisationens mål."
    ),
    "strategy-1.guidance": (
        "Instäm om ett dokument som fullmäktige eller ledningen har beslutat anger att "
        "organisationen ska köpa nya lösningar för att nå sina mål, till exempel en "
        "upphandlingsstrategi som kopplar inköpen till kommunens klimatmål. Europeiska "
        "kommissionens vägledning om innovationsupphandling (C(2021) 4320) rekommenderar ett "
        "sådant policyåtagande."
    ),
    "strategy-2.text": (
        "Vi har en handlingsplan för innovationsupphandling med utsedda ansvariga, mål och "
        "tidsplan."
    ),
    "strategy-2.guidance": (
        "Instäm om planen anger vem som gör vad och när, till exempel att upphandlingsenheten "
        "ska genomföra en pilotupphandling per år och rapportera till ledningen varje höst."
    ),
    "strategy-3.text": (
        "Vår högsta ledning har öppet ställt sig bakom minst en upphandling av en ny lösning."
    ),
    "strategy-3.guidance": (
        "Instäm om ett kommunalråd, en direktör eller en förvaltningschef har presenterat eller "
        "försvarat en sådan upphandling, till exempel genom att ta upp ett pilotprojekt i "
        "fullmäktige eller ge klartecken till den utmaning som upphandlingen ska lösa."
    ),
    "strategy-4.text": (
        "När ett pilotprojekt inte ger det vi hoppats på ser våra chefer det som en lärdom, inte "
        "som ett misstag av de medarbetare som var inblandade."
    ),
    "strategy-4.guidance": (
        "Instäm om ingen skuld lades på medarbetare som genomfört en väl förberedd upphandling "
        "som inte gav önskat resultat, och lärdomarna diskuterades öppet, till exempel på ett "
        "ledningsmöte eller i en kort skriftlig utvärdering."
    ),
    "strategy-5.text": (
        "Varje år går vi igenom våra planerade inköp för att hitta möjligheter att köpa en ny "
        "eller bättre lösning."
    ),
    "strategy-5.guidance": (
        "Instäm om den årliga upphandlingsplanen gås igenom med detta i åtanke innan "
        "upphandlingarna förbereds, till exempel genom att markera avtal som snart löper ut och "
        "fråga om behovet kan lösas på ett nytt sätt."
    ),
    "legal.name": "Juridisk och upphandlingsteknisk kompetens",
    "legal.description": (
        "Hur väl organisationen känner till och använder de förfaranden och avtalsvillkor som "
        "upphandlingslagstiftningen erbjuder för att köpa nya lösningar."
    ),
    "legal.recommendation": (
        "1. Ge upphandlare och jurister en kort genomgång av förfarandena för nya lösningar: "
        "konkurrensutsatt förfarande med förhandling, konkurrenspräglad dialog och "
        "innovationspartnerskap (direktiv 2014/24/EU, artiklarna 29–31).\n"
        "2. Läs hur en annan upphandlande organisation i ditt land har använt något av dessa "
        "förfaranden, och fråga vad de skulle göra annorlunda.\n"
        "3. Kom överens med era juridiska rådgivare om standardklausuler för immateriella "
        "rättigheter och för tilldelningskriterier som bygger på kvalitet och inte bara på pris.\n"
        "4. Be ert nationella kompetenscentrum eller er upphandlingsmyndighet om vägledning om "
        "de nationella reglerna under EU:s tröskelvärden."
    ),
    "legal-1.text": (
        "Våra upphandlare vet när vi får använda konkurrensutsatt förfarande med förhandling, "
        "konkurrenspräglad dialog eller innovationspartnerskap."
    ),
    "legal-1.guidance": (
        "Instäm om medarbetarna kan förklara att dessa förfaranden passar behov som kräver "
        "utformning, anpassning eller utveckling av nya lösningar (direktiv 2014/24/EU, "
        "artiklarna 26.4, 29, 30 och 31), och vilket av dem som passar ett visst behov."
    ),
    "legal-2.text": (
        "Vi har använt ett annat förfarande än öppet förfarande för att köpa en ny eller "
        "anpassad lösning."
    ),
    "legal-2.guidance": (
        "Instäm om ni har genomfört minst en sådan upphandling, till exempel en "
        "konkurrenspräglad dialog för en digital tjänst eller ett innovationspartnerskap för att "
        "utveckla och sedan köpa en lösning som marknaden ännu inte erbjöd."
    ),
    "legal-3.text": (
        "Våra juridiska rådgivare hjälper oss att se hur reglerna gör det möjligt att göra det "
        "vi vill, inte bara vad de förbjuder."
    ),
    "legal-3.guidance": (
        "Instäm om juristerna deltar tidigt i förberedelserna av en upphandling och föreslår "
        "lagliga vägar framåt, till exempel hur ni kan hålla leverantörsmöten som respekterar "
        "likabehandlingsprincipen, i stället för att avråda från att träffa leverantörer över "
        "huvud taget."
    ),
    "legal-4.text": (
        "Vi känner till skillnaden mellan förkommersiell upphandling och upphandling av "
        "innovativa lösningar, och vet när vilken av dem passar."
    ),
    "legal-4.guidance": (
        "Instäm om medarbetarna vet att förkommersiell upphandling gäller köp av forskning och "
        "utveckling i konkurrerande faser, utanför direktivet när nyttan inte uteslutande "
        "tillfaller den upphandlande myndigheten (direktiv 2014/24/EU, artikel 14), medan "
        "upphandling av innovativa lösningar gäller köp av lösningar som är nya men nära "
        "marknaden."
    ),
    "legal-5.text": (
        "Våra upphandlingsdokument har villkor om immateriella rättigheter som passar det vi köper."
    ),
    "legal-5.guidance": (
        "Instäm om ni bestämmer hur rättigheterna ska fördelas i varje upphandling i stället för "
        "att kopiera en standardklausul, till exempel att äganderätten stannar hos leverantören "
        "medan köparen behåller en licens att använda och anpassa resultaten, så som "
        "kommissionens vägledning om innovationsupphandling beskriver."
    ),
    "legal-6.text": "Vi tilldelar kontrakt för nya lösningar utifrån kvalitet och inte bara pris.",
    "legal-6.guidance": (
        "Instäm om era tilldelningskriterier väger in kvalitet, till exempel funktionella, "
        "miljömässiga eller innovativa egenskaper, vid sidan av pris eller livscykelkostnad "
        "(direktiv 2014/24/EU, artikel 67), så att en bättre lösning kan vinna."
    ),
    "needs.name": "Behovsanalys",
    "needs.description": (
        "Hur organisationen tar reda på och beskriver sina behov innan den bestämmer vad som ska "
        "köpas."
    ),
    "needs.recommendation": (
        "1. Inför nästa inköp: skriv en sida om problemet som ska lösas och det resultat ni "
        "behöver, innan någon nämner en produkt.\n"
        "2. Håll en workshop med de medarbetare och invånare som ska använda lösningen, och "
        "anteckna vad som fungerar dåligt i dag och varför.\n"
        "3. Samla in fakta om nuläget – kostnader, servicenivåer och klagomål – så att ni senare "
        "kan visa vad som har förändrats.\n"
        "4. Kontrollera vad som redan finns: andra städers pilotprojekt i det här biblioteket, "
        "forskningsresultat och patentdatabaser.\n"
        "5. Omsätt behovet i prestanda- eller funktionskrav, och tillåt alternativa anbud där "
        "det är rimligt."
    ),
    "needs-1.text": (
        "Före en upphandling beskriver vi problemet som ska lösas och det resultat vi behöver, "
        "inte en viss produkt."
    ),
    "needs-1.guidance": (
        "Instäm om upphandlingens första dokument beskriver problemet, till exempel ”för många "
        "missade hemtjänstbesök på vintern”, snarare än en produkt som ”12 elektriska "
        "skåpbilar”."
    ),
    "needs-2.text": (
        "Vi involverar de medarbetare som ska använda en lösning när vi beskriver behovet."
    ),
    "needs-2.guidance": (
        "Instäm om de som ska arbeta med lösningen är med och formulerar behovet, till exempel "
        "skolvaktmästare när det gäller ett energisystem för byggnader eller sjuksköterskor när "
        "det gäller en omsorgstjänst."
    ),
    "needs-3.text": "Vi samlar in fakta om nuläget innan vi bestämmer vad vi ska köpa.",
    "needs-3.guidance": (
        "Instäm om ni samlar in data som nuvarande kostnader, servicenivåer, energianvändning "
        "eller klagomål, så att behovet bygger på fakta och resultatet kan jämföras i efterhand."
    ),
    "needs-4.text": (
        "Vi undersöker vilka lösningar, forskningsresultat och patent som redan finns innan vi "
        "definierar behovet."
    ),
    "needs-4.guidance": (
        "Instäm om ni söker innan ni specificerar, till exempel bland andra upphandlande "
        "organisationers pilotprojekt, resultat från EU-finansierad forskning i CORDIS och "
        "patentdatabaser som Espacenet, så att ni varken efterfrågar det omöjliga eller missar "
        "det som redan finns."
    ),
    "needs-5.text": (
        "Våra tekniska specifikationer anger prestanda- eller funktionskrav och ger "
        "leverantörerna utrymme att föreslå hur kraven ska uppfyllas."
    ),
    "needs-5.guidance": (
        "Instäm om specifikationerna anger vad lösningen ska åstadkomma, till exempel ”hålla "
        "inomhustemperaturen inom fastställda gränser med lägre energianvändning”, snarare än "
        "hur (direktiv 2014/24/EU, artikel 42.3 a), och alternativa anbud tillåts där det är "
        "användbart (artikel 45)."
    ),
    "market.name": "Dialog med marknaden",
    "market.description": (
        "Hur organisationen för dialog med leverantörer före och under en upphandling, och om "
        "små och nya företag kan delta."
    ),
    "market.recommendation": (
        "1. Genomför en öppen marknadsdialog före nästa upphandling av ett nytt behov: publicera "
        "ett förhandsmeddelande som beskriver problemet, bjud in till skriftliga svar och håll "
        "en informationsdag (direktiv 2014/24/EU, artikel 40 om preliminära "
        "marknadsundersökningar).\n"
        "2. Dokumentera alla kontakter med leverantörer och dela den information som lämnats med "
        "alla anbudsgivare, så att ingen får en fördel (artikel 41).\n"
        "3. Publicera er upphandlingsplan för det kommande året på er webbplats.\n"
        "4. Be innovationsmyndigheter, kluster eller näringslivsorganisationer att sprida er "
        "utmaning till startupföretag och småföretag.\n"
        "5. Dela upp stora kontrakt i delkontrakt där det är möjligt, och ange skälen i "
        "upphandlingsdokumenten när ni inte gör det (artikel 46)."
    ),
    "market-1.text": (
        "Vi genomför en öppen marknadsdialog före upphandlingar av nya eller komplexa behov."
    ),
    "market-1.guidance": (
        "Instäm om ni regelbundet för en öppen dialog med marknaden före sådana upphandlingar, "
        "till exempel genom att publicera ett förhandsmeddelande, hålla en informationsdag och "
        "bjuda in till skriftliga svar (direktiv 2014/24/EU, artikel 40)."
    ),
    "market-2.text": (
        "Vi publicerar våra planerade inköp tillräckligt tidigt för att leverantörerna ska kunna "
        "förbereda sig."
    ),
    "market-2.guidance": (
        "Instäm om leverantörer kan få veta om kommande upphandlingar flera månader i förväg, "
        "till exempel genom en upphandlingsplan på er webbplats eller ett förhandsmeddelande "
        "(direktiv 2014/24/EU, artikel 48)."
    ),
    "market-3.text": (
        "Vi vet hur vi kan prata med leverantörer före en upphandling utan att bryta mot "
        "likabehandlingsprincipen."
    ),
    "market-3.guidance": (
        "Instäm om medarbetarna dokumenterar sina kontakter med leverantörer, delar det som "
        "sagts med alla anbudsgivare och ger tillräckligt med tid att svara (direktiv "
        "2014/24/EU, artikel 41), i stället för att undvika leverantörer av rädsla för "
        "överprövning."
    ),
    "market-4.text": (
        "Vi når ut till fler än de vanliga leverantörerna, till exempel startupföretag och "
        "företag från andra branscher."
    ),
    "market-4.guidance": (
        "Instäm om era marknadsdialoger och upphandlingar annonseras i kanaler som nya "
        "leverantörer följer, till exempel via innovationsmyndigheter, kluster, "
        "näringslivsorganisationer eller matchmakingevenemang."
    ),
    "market-5.text": (
        "Vi delar upp stora kontrakt i delkontrakt eller godtar gemensamma anbud, så att små "
        "företag kan delta."
    ),
    "market-5.guidance": (
        "Instäm om ni överväger delkontrakt för varje stort kontrakt och förklarar varför när ni "
        "inte använder dem (direktiv 2014/24/EU, artikel 46), och era urvalskriterier låter små "
        "företag lämna anbud tillsammans eller åberopa andra företags kapacitet (artiklarna 19 "
        "och 63)."
    ),
    "market-6.text": (
        "Efter varje upphandling ger vi tydlig återkoppling till de anbudsgivare som inte "
        "tilldelades kontraktet."
    ),
    "market-6.guidance": (
        "Instäm om anbudsgivarna får veta varför deras anbud inte vann och vad det vinnande "
        "anbudet gjorde bättre (direktiv 2014/24/EU, artikel 55), till exempel i ett brev eller "
        "vid ett kort möte, så att de kan bli bättre till nästa gång."
    ),
    "risk.name": "Risk, budget och beslutsunderlag",
    "risk.description": (
        "Om organisationen väger kostnader, nyttor och risker med en ny lösning och har pengar "
        "och avtalsverktyg för att pröva en."
    ),
    "risk.recommendation": (
        "1. Inför nästa upphandling av en ny lösning: ta fram ett beslutsunderlag som jämför den "
        "med nuvarande arbetssätt under lösningens hela livslängd.\n"
        "2. Lista de viktigaste tekniska, juridiska, ekonomiska och användarrelaterade riskerna, "
        "och utse för var och en en ansvarig och ett sätt att minska den.\n"
        "3. Föreslå en budgetpost för pilotprojekt, eller sök EU-finansiering eller nationell "
        "finansiering för innovationsupphandling bland finansieringsmöjligheterna på den här "
        "plattformen.\n"
        "4. Bygg in beslutspunkter i avtalet: en pilotfas med tydliga mål och rätt att avbryta "
        "efter den."
    ),
    "risk-1.text": (
        "Före en upphandling av en ny lösning tar vi fram ett beslutsunderlag som jämför den med "
        "nuvarande arbetssätt."
    ),
    "risk-1.guidance": (
        "Instäm om ett skriftligt beslutsunderlag redovisar den nya lösningens kostnader, nyttor "
        "och risker jämfört med att fortsätta som i dag, till exempel smart gatubelysning "
        "jämfört med att byta ut de gamla armaturerna mot likadana."
    ),
    "risk-2.text": (
        "Vi identifierar de viktigaste riskerna i en upphandling och planerar hur var och en ska "
        "minskas."
    ),
    "risk-2.guidance": (
        "Instäm om varje innovationsupphandling har en risklista som omfattar tekniska, "
        "juridiska och ekonomiska risker samt risken att användarna inte accepterar lösningen, "
        "med en ansvarig och en åtgärd för varje risk, och som ses över allteftersom projektet "
        "fortskrider."
    ),
    "risk-3.text": (
        "Våra beslutsunderlag räknar med kostnaderna under en lösnings hela livslängd, inte bara "
        "inköpspriset."
    ),
    "risk-3.guidance": (
        "Instäm om ni räknar med kostnader för drift, underhåll, energi och slutligt "
        "omhändertagande, och kan använda samma metod för att jämföra anbud utifrån "
        "livscykelkostnad (direktiv 2014/24/EU, artikel 68)."
    ),
    "risk-4.text": (
        "Vi har pengar som vi kan använda för att testa en ny lösning före ett fullskaligt inköp."
    ),
    "risk-4.guidance": (
        "Instäm om en budgetpost, en pilotfond eller extern finansiering finns tillgänglig för "
        "försök, till exempel från ett EU-program eller en nationell innovationsmyndighet, utan "
        "att pengar tas från den löpande verksamheten."
    ),
    "risk-5.text": (
        "Våra avtal för nya lösningar har beslutspunkter, pilotfaser eller ersättning kopplad "
        "till prestation."
    ),
    "risk-5.guidance": (
        "Instäm om avtalen låter er avbryta eller justera efter en fas som inte når sina mål, så "
        "som ett innovationspartnerskap medger (direktiv 2014/24/EU, artikel 31.2), eller knyter "
        "en del av ersättningen till uppmätta resultat."
    ),
    "skills.name": "Kompetens och organisation",
    "skills.description": (
        "Om organisationen har de personer, den tid, de team och de verktyg som behövs för att "
        "förbereda och genomföra upphandlingar av nya lösningar."
    ),
    "skills.recommendation": (
        "1. Utse en kontaktperson för innovationsupphandling och ge hen tid för uppdraget.\n"
        "2. Skicka upphandlare, jurister och tekniska specialister tillsammans på en utbildning "
        "i innovationsupphandling, och låt dem dela med sig av vad de lärt sig.\n"
        "3. Bilda redan från start ett team med kompetens inom upphandling, juridik, teknik och "
        "användarnas behov inför nästa upphandling av en ny lösning.\n"
        "4. Samla upphandlingsdokument och lärdomar från varje projekt på ett gemensamt ställe, "
        "och använd mallarna i det här biblioteket som utgångspunkt."
    ),
    "skills-1.text": (
        "Våra upphandlare har fått utbildning i innovationsupphandling under de senaste två åren."
    ),
    "skills-1.guidance": (
        "Instäm om åtminstone några av de medarbetare som förbereder upphandlingar har gått en "
        "kurs eller en webbinarieserie eller deltagit i erfarenhetsutbyte i ämnet, till exempel "
        "hos ett nationellt kompetenscentrum eller i ett EU-projekt."
    ),
    "skills-2.text": (
        "Varje upphandling av en ny lösning har ett team som samlar kompetens inom upphandling, "
        "juridik, teknik och användarnas behov."
    ),
    "skills-2.guidance": (
        "Instäm om ett sådant team bildas från början, inte när upphandlingsdokumenten redan är "
        "skrivna, till exempel en upphandlare, en jurist, en ingenjör och en verksamhetschef som "
        "träffas från behovsanalysen och framåt."
    ),
    "skills-3.text": "Vi vet var vi kan få experthjälp med innovationsupphandling.",
    "skills-3.guidance": (
        "Instäm om medarbetarna vet vem de kan fråga, till exempel ett nationellt "
        "kompetenscentrum för innovationsupphandling, en innovationsmyndighet eller ett "
        "universitet; kommissionens vägledning om innovationsupphandling uppmuntrar sådana "
        "kompetenscentrum."
    ),
    "skills-4.text": (
        "Våra medarbetare har avsatt tid för att förbereda upphandlingar av nya lösningar, inte "
        "bara rutinupphandlingar."
    ),
    "skills-4.guidance": (
        "Instäm om arbetsplanerna ger utrymme för de längre förberedelser som sådana "
        "upphandlingar kräver, till exempel genom att utse en kontaktperson för "
        "innovationsupphandling med timmar avsatta för uppdraget."
    ),
    "skills-5.text": (
        "Vi sparar mallar och exempel från tidigare upphandlingar där kollegor kan hitta och "
        "återanvända dem."
    ),
    "skills-5.guidance": (
        "Instäm om en gemensam mapp eller intranätsida innehåller tidigare inbjudningar till "
        "marknadsdialog, specifikationer, utvärderingsmodeller och avtalsklausuler, med en "
        "kommentar om vad som fungerade."
    ),
    "cooperation.name": "Samverkan och nätverk",
    "cooperation.description": (
        "Hur organisationen samverkar kring innovationsupphandling med sina egna förvaltningar, "
        "andra offentliga upphandlande organisationer och lokala innovationsaktörer."
    ),
    "cooperation.recommendation": (
        "1. Hitta två organisationer på den här plattformen som har köpt det ni planerar att "
        "köpa, och be dem om ett samtal på en timme.\n"
        "2. Gå med i BSR Cities Network och i ett nationellt nätverk för offentliga upphandlare, "
        "och dela en av era egna upphandlingar där.\n"
        "3. Samla de förvaltningar som har ett gemensamt behov, till exempel energi i skolor och "
        "kontor, innan var och en köper på egen hand.\n"
        "4. Överväg att upphandla gemensamt med närliggande upphandlande myndigheter eller via "
        "en inköpscentral för att dela på arbetet och risken (direktiv 2014/24/EU, artiklarna "
        "37–39)."
    ),
    "cooperation-1.text": (
        "Vi utbyter erfarenheter av innovationsupphandling med andra offentliga upphandlande "
        "organisationer."
    ),
    "cooperation-1.guidance": (
        "Instäm om medarbetarna regelbundet träffar eller pratar med kollegor i det egna landet "
        "eller utomlands om deras upphandlingar, till exempel i ett nätverk av städer eller i "
        "ett EU-projekt, och använder det de lär sig."
    ),
    "cooperation-2.text": (
        "Våra förvaltningar samarbetar kring gemensamma behov i stället för att var och en köper "
        "på egen hand."
    ),
    "cooperation-2.guidance": (
        "Instäm om förvaltningar med liknande behov förbereder en gemensam upphandling, till "
        "exempel utbildningsförvaltningen och fastighetsförvaltningen som köper ett gemensamt "
        "system för energistyrning till skolor och kontor."
    ),
    "cooperation-3.text": (
        "Vi har köpt, eller förberett inköp, tillsammans med andra offentliga upphandlande "
        "organisationer."
    ),
    "cooperation-3.guidance": (
        "Instäm om ni har deltagit i en gemensam upphandling – med närliggande upphandlande "
        "myndigheter, via en inköpscentral eller över nationsgränserna (direktiv 2014/24/EU, "
        "artiklarna 37–39) – för att dela på arbetet och risken."
    ),
    "cooperation-4.text": (
        "Vi samarbetar med lokala innovationsaktörer, som universitet, innovationsmyndigheter "
        "eller kluster, när vi förbereder upphandlingar."
    ),
    "cooperation-4.guidance": (
        "Instäm om sådana partner hjälper er att förstå behovet eller marknaden, till exempel "
        "ett universitet som testar en lösning i en living lab eller ett kluster som bjuder in "
        "sina medlemmar till en marknadsdialog."
    ),
    "cooperation-5.text": (
        "Vi delar våra egna upphandlingsdokument och resultat med andra upphandlande "
        "organisationer så att de kan återanvända dem."
    ),
    "cooperation-5.guidance": (
        "Instäm om ni publicerar eller skickar vidare specifikationer, utvärderingsmodeller och "
        "lärdomar från era upphandlingar, till exempel som ett gott exempel på den här "
        "plattformen."
    ),
    "users.name": "Delaktighet för användare och invånare",
    "users.description": (
        "Hur invånare och de som använder en tjänst deltar i att definiera, testa och bedöma nya "
        "lösningar."
    ),
    "users.recommendation": (
        "1. Fråga dem som använder tjänsten vad som fungerar dåligt i dag, genom intervjuer, en "
        "enkät eller en workshop, före nästa upphandling av en ny tjänst.\n"
        "2. Pröva en workshop för samskapande med invånare, företag och forskare kring en lokal "
        "utmaning, med hjälp av CityLab-materialet i det här biblioteket.\n"
        "3. Planera ett test med verkliga användare innan ni inför en ny lösning i full skala, "
        "och bestäm i förväg vad ni ska mäta.\n"
        "4. Kontrollera att era specifikationer innehåller tillgänglighetskrav (direktiv "
        "2014/24/EU, artikel 42.1).\n"
        "5. Berätta för dem som deltog vad som ändrades tack vare deras synpunkter."
    ),
    "users-1.text": (
        "Vi involverar invånare eller tjänsteanvändare när vi definierar problemet som en "
        "upphandling ska lösa."
    ),
    "users-1.guidance": (
        "Instäm om användarnas synpunkter påverkar hur behovet formuleras, till exempel "
        "intervjuer med busspassagerare före en upphandling av mobilitetstjänster, eller en "
        "enkät till föräldrar innan ni köper en tjänst för skolmåltider."
    ),
    "users-2.text": (
        "Vi använder metoder för samskapande med invånare, företag och forskare kring lokala "
        "utmaningar."
    ),
    "users-2.guidance": (
        "Instäm om ni har genomfört workshoppar eller en living lab där dessa grupper har "
        "arbetat tillsammans med en verklig utmaning, till exempel ett CityLab om säkrare "
        "gångvägar till skolan."
    ),
    "users-3.text": (
        "Användare testar en ny lösning under verkliga förhållanden innan vi beslutar att införa "
        "den i större skala."
    ),
    "users-3.guidance": (
        "Instäm om ett pilotprojekt med verkliga användare genomförs före ett brett införande, "
        "till exempel en omsorgsapp som prövas av en grupp hemtjänstkunder och personal, där "
        "deras synpunkter dokumenteras."
    ),
    "users-4.text": (
        "Våra specifikationer innehåller krav på tillgänglighet för personer med "
        "funktionsnedsättning."
    ),
    "users-4.guidance": (
        "Instäm om tillgänglighet eller design för alla ingår i varje specifikation för något "
        "som människor ska använda (direktiv 2014/24/EU, artikel 42.1), till exempel en "
        "hänvisning till den europeiska standarden EN 301 549 för digitala tjänster."
    ),
    "users-5.text": (
        "Vi berättar för invånare och användare hur deras synpunkter påverkade upphandlingen."
    ),
    "users-5.guidance": (
        "Instäm om deltagarna får återkoppling, till exempel genom en kort text på kommunens "
        "webbplats eller vid ett uppföljningsmöte, om vilka av deras idéer som användes och "
        "varför andra inte gjorde det."
    ),
    "impact.name": "Effektmätning och uppskalning",
    "impact.description": (
        "Om organisationen mäter vad nya lösningar åstadkommer, styr avtalet mot det och skalar "
        "upp det som fungerar."
    ),
    "impact.recommendation": (
        "1. Inför nästa upphandling av en ny lösning: bestäm tre till fem indikatorer och mät "
        "dagens värden före upphandlingen.\n"
        "2. Planera hur resultaten ska mätas under avtalstiden och vem som rapporterar dem till "
        "ledningen.\n"
        "3. Ta med optioner eller ändringsklausuler i avtalet, så att en lösning som fungerar "
        "kan utökas utan ny upphandling (direktiv 2014/24/EU, artikel 72.1 a).\n"
        "4. Publicera resultaten, även det som inte fungerade, som ett gott exempel på den här "
        "plattformen."
    ),
    "impact-1.text": (
        "Före en upphandling bestämmer vi indikatorer och mäter utgångsvärdena för de resultat "
        "vi förväntar oss."
    ),
    "impact-1.guidance": (
        "Instäm om ni känner till dagens siffror för det som lösningen ska förbättra, till "
        "exempel en byggnads energianvändning eller väntetiden för en tjänst, och har skrivit "
        "ned målet."
    ),
    "impact-2.text": (
        "Efter ett pilotprojekt eller avtal mäter vi resultaten mot våra mål och rapporterar dem "
        "till ledningen."
    ),
    "impact-2.guidance": (
        "Instäm om en skriftlig utvärdering jämför resultaten med utgångsvärdena och målen, till "
        "exempel en rapport till fullmäktige efter det första året med en ny tjänst."
    ),
    "impact-3.text": (
        "Under avtalstiden följer vi upp leverantörens prestationer och hanterar problem tidigt."
    ),
    "impact-3.guidance": (
        "Instäm om en utsedd avtalsansvarig kontrollerar överenskomna nyckeltal vid regelbundna "
        "möten med leverantören och dokumenterar vad som har överenskommits."
    ),
    "impact-4.text": (
        "När ett pilotprojekt fungerar har vi ett sätt att besluta om och finansiera en bredare "
        "användning."
    ),
    "impact-4.guidance": (
        "Instäm om avtalet eller planen ger utrymme för nästa steg, till exempel en option att "
        "utvidga lösningen till fler platser (direktiv 2014/24/EU, artikel 72.1 a) eller "
        "inköpsfasen i ett innovationspartnerskap (artikel 31)."
    ),
    "impact-5.text": (
        "Vi publicerar resultaten av våra innovationsupphandlingar, även det som inte fungerade."
    ),
    "impact-5.guidance": (
        "Instäm om resultaten är offentliga så att andra upphandlande organisationer kan lära av "
        "dem, till exempel en fallstudie på er webbplats eller ett gott exempel på den här "
        "plattformen."
    ),
}
