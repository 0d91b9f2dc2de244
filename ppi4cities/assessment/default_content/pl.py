"""The default readiness questionnaire in Polish; keys as in en.py."""

TEXTS = {
    "name": "Gotowość do zamówień na innowacje",
    "description": (
        "Na ile organizacja jest przygotowana do kupowania nowych i lepszych rozwiązań w drodze "
        "zamówień publicznych – w dziewięciu wymiarach opartych na ramach OECD dotyczących "
        "strategicznych zamówień publicznych, samoocenie INNLOCAL dla gmin oraz wytycznych "
        "Komisji Europejskiej dotyczących zamówień na innowacje. Odpowiedzi powinny opisywać "
        "organizację taką, jak działa dziś, a nie taką, jak ma działać w przyszłości."
    ),
    "scale.1": "Zdecydowanie się nie zgadzam",
    "scale.2": "Nie zgadzam się",
    "scale.3": "Ani się zgadzam, ani nie zgadzam",
    "scale.4": "Zgadzam się",
    "scale.5": "Zdecydowanie się zgadzam",
    "strategy.name": "Strategia i przywództwo",
    "strategy.description": (
        "Czy zamówienia na innowacje są częścią celów i planów organizacji oraz czy jej "
        "kierownictwo wspiera je w praktyce."
    ),
    "strategy.recommendation": (
        "1. Poprosić kierownictwo o wpisanie zamówień na innowacje do najbliższej strategii "
        "zakupowej, planu klimatycznego lub strategii cyfrowej jako sposobu realizacji celów, "
        "które organizacja już ma.\n"
        "2. Opracować krótki plan działania: które potrzeby zaspokoić w pierwszej kolejności, "
        "kto odpowiada za poszczególne kroki i kiedy kierownictwo oceni postępy.\n"
        "3. Przejrzeć z wydziałami plan zamówień na przyszły rok i wskazać dwa lub trzy zakupy, "
        "w których nowe rozwiązanie mogłoby sprawdzić się lepiej niż dotychczasowe.\n"
        "4. Uzgodnić z kierownictwem na piśmie, jak będzie traktowany pilotaż, który się nie "
        "powiedzie, aby pracownicy nie obawiali się próbować."
    ),
    "strategy-1.text": (
        "Strategia lub polityka zakupowa naszej organizacji wskazuje zamówienia na innowacje "
        "jako sposób realizacji jej celów."
    ),
    "strategy-1.guidance": (
        "Można się zgodzić, jeśli dokument zatwierdzony przez radę lub kierownictwo stanowi, że "
        "organizacja będzie kupować nowe rozwiązania, aby osiągać swoje cele – na przykład "
        "strategia zakupowa, która wiąże zakupy z celami klimatycznymi miasta. Wytyczne Komisji "
        "Europejskiej dotyczące zamówień na innowacje (C(2021) 4320) zalecają przyjęcie takiego "
        "zobowiązania strategicznego."
    ),
    "strategy-2.text": (
        "Mamy plan działania w zakresie zamówień na innowacje, ze wskazanymi osobami "
        "odpowiedzialnymi, celami i harmonogramem."
    ),
    "strategy-2.guidance": (
        "Można się zgodzić, jeśli plan określa, kto, co i do kiedy ma zrobić – na przykład że "
        "komórka ds. zamówień będzie co roku przeprowadzać jedno zamówienie pilotażowe i każdej "
        "jesieni składać sprawozdanie kierownictwu."
    ),
    "strategy-3.text": (
        "Nasze najwyższe kierownictwo otwarcie poparło co najmniej jedno zamówienie nowego "
        "rozwiązania."
    ),
    "strategy-3.guidance": (
        "Można się zgodzić, jeśli prezydent miasta, burmistrz, dyrektor lub kierownik wydziału "
        "przedstawił takie zamówienie lub go bronił – na przykład przedkładając pilotaż radzie "
        "albo zatwierdzając wyzwanie, na które zamówienie odpowiada."
    ),
    "strategy-4.text": (
        "Gdy pilotaż nie przynosi oczekiwanych rezultatów, nasi przełożeni traktują to jako "
        "lekcję, a nie jako błąd zaangażowanych pracowników."
    ),
    "strategy-4.guidance": (
        "Można się zgodzić, jeśli pracowników, którzy przeprowadzili dobrze przygotowane "
        "zamówienie zakończone niepowodzeniem, nie obwiniano, a wnioski omówiono otwarcie – na "
        "przykład na posiedzeniu kierownictwa lub w krótkim pisemnym podsumowaniu."
    ),
    "strategy-5.text": (
        "Co roku sprawdzamy planowane zakupy pod kątem możliwości nabycia nowego lub lepszego "
        "rozwiązania."
    ),
    "strategy-5.guidance": (
        "Można się zgodzić, jeśli roczny plan zamówień jest pod tym kątem przeglądany przed "
        "przygotowaniem postępowań – na przykład przez oznaczenie umów, które wkrótce wygasają, "
        "i zastanowienie się, czy potrzebę można zaspokoić w nowy sposób."
    ),
    "legal.name": "Wiedza prawna i proceduralna",
    "legal.description": (
        "Na ile organizacja zna i wykorzystuje procedury oraz postanowienia umowne, które prawo "
        "zamówień publicznych przewiduje dla zakupu nowych rozwiązań."
    ),
    "legal.recommendation": (
        "1. Zorganizować dla pracowników działu zamówień i działu prawnego krótkie szkolenie z "
        "procedur przeznaczonych dla nowych rozwiązań: procedury konkurencyjnej z negocjacjami, "
        "dialogu konkurencyjnego i partnerstwa innowacyjnego (dyrektywa 2014/24/UE, art. 29–31).\n"
        "2. Zapoznać się z tym, jak inny zamawiający w kraju zastosował jedną z tych procedur, i "
        "zapytać go, co zrobiłby inaczej.\n"
        "3. Uzgodnić z doradcami prawnymi standardowe klauzule dotyczące praw własności "
        "intelektualnej oraz kryteriów udzielenia zamówienia uwzględniających obok ceny także "
        "jakość.\n"
        "4. Zwrócić się do krajowego centrum kompetencji lub urzędu ds. zamówień publicznych o "
        "wskazówki dotyczące krajowych przepisów dla zamówień poniżej progów unijnych."
    ),
    "legal-1.text": (
        "Nasi pracownicy ds. zamówień wiedzą, kiedy możemy zastosować procedurę konkurencyjną z "
        "negocjacjami, dialog konkurencyjny lub partnerstwo innowacyjne."
    ),
    "legal-1.guidance": (
        "Można się zgodzić, jeśli pracownicy potrafią wyjaśnić, że procedury te są przeznaczone "
        "dla potrzeb wymagających zaprojektowania, dostosowania lub opracowania nowych rozwiązań "
        "(dyrektywa 2014/24/UE, art. 26 ust. 4, art. 29, 30 i 31), oraz wskazać, która z nich "
        "pasuje do danej potrzeby."
    ),
    "legal-2.text": (
        "Do zakupu nowego lub dostosowanego rozwiązania zastosowaliśmy procedurę inną niż "
        "procedura otwarta (przetarg nieograniczony)."
    ),
    "legal-2.guidance": (
        "Można się zgodzić, jeśli organizacja przeprowadziła co najmniej jedno takie zamówienie "
        "– na przykład dialog konkurencyjny na usługę cyfrową albo partnerstwo innowacyjne w "
        "celu opracowania, a następnie zakupu rozwiązania, którego rynek jeszcze nie oferował."
    ),
    "legal-3.text": (
        "Nasi doradcy prawni pomagają nam znaleźć sposób, by zrealizować nasze zamierzenia "
        "zgodnie z przepisami, a nie tylko wskazują, czego przepisy zabraniają."
    ),
    "legal-3.guidance": (
        "Można się zgodzić, jeśli prawnicy wcześnie włączają się w przygotowanie zamówienia i "
        "proponują zgodne z prawem rozwiązania – na przykład jak zorganizować spotkania z "
        "wykonawcami z poszanowaniem zasady równego traktowania, zamiast w ogóle odradzać "
        "spotkania z wykonawcami."
    ),
    "legal-4.text": (
        "Znamy różnicę między zamówieniami przedkomercyjnymi a zamówieniami na innowacyjne "
        "rozwiązania i wiemy, kiedy stosować każde z nich."
    ),
    "legal-4.guidance": (
        "Można się zgodzić, jeśli pracownicy wiedzą, że w ramach zamówień przedkomercyjnych "
        "kupuje się usługi badawczo-rozwojowe realizowane w konkurujących etapach – poza "
        "zakresem dyrektywy, gdy korzyści nie przypadają wyłącznie instytucji zamawiającej "
        "(dyrektywa 2014/24/UE, art. 14) – natomiast w ramach zamówień na innowacyjne "
        "rozwiązania kupuje się rozwiązania nowe, ale bliskie wprowadzenia na rynek."
    ),
    "legal-5.text": (
        "Nasze dokumenty zamówienia określają zasady dotyczące praw własności intelektualnej "
        "dostosowane do przedmiotu zamówienia."
    ),
    "legal-5.guidance": (
        "Można się zgodzić, jeśli podział praw ustala się dla każdego zamówienia osobno, zamiast "
        "kopiować standardową klauzulę – na przykład prawa własności pozostają przy wykonawcy, a "
        "zamawiający zachowuje licencję na korzystanie z wyników i ich dostosowywanie, co "
        "omawiają wytyczne Komisji dotyczące zamówień na innowacje."
    ),
    "legal-6.text": (
        "Udzielając zamówień na nowe rozwiązania, bierzemy pod uwagę nie tylko cenę, ale także "
        "jakość."
    ),
    "legal-6.guidance": (
        "Można się zgodzić, jeśli kryteria udzielenia zamówienia uwzględniają obok ceny lub "
        "kosztu cyklu życia także jakość, na przykład cechy funkcjonalne, środowiskowe lub "
        "innowacyjne (dyrektywa 2014/24/UE, art. 67), tak aby lepsze rozwiązanie mogło wygrać."
    ),
    "needs.name": "Ocena potrzeb",
    "needs.description": (
        "Jak organizacja ustala i opisuje swoje potrzeby, zanim zdecyduje, co kupić."
    ),
    "needs.recommendation": (
        "1. Przy najbliższym zakupie opisać na jednej stronie problem do rozwiązania i potrzebny "
        "rezultat, zanim ktokolwiek wskaże konkretny produkt.\n"
        "2. Zorganizować warsztat z pracownikami i mieszkańcami, którzy będą korzystać z "
        "rozwiązania, i zanotować, co dziś działa źle i dlaczego.\n"
        "3. Zebrać fakty o obecnej sytuacji – koszty, poziom usług i skargi – aby później móc "
        "wykazać, co się zmieniło.\n"
        "4. Sprawdzić, co już istnieje: pilotaże innych miast w tej bibliotece, wyniki badań i "
        "bazy patentowe.\n"
        "5. Przełożyć potrzebę na wymagania dotyczące wydajności lub wymagania funkcjonalne, a "
        "tam, gdzie ma to sens, dopuścić oferty wariantowe."
    ),
    "needs-1.text": (
        "Przed wszczęciem postępowania opisujemy problem do rozwiązania i potrzebny rezultat, a "
        "nie konkretny produkt."
    ),
    "needs-1.guidance": (
        "Można się zgodzić, jeśli pierwszy dokument zamówienia określa problem, na przykład "
        "„zbyt wiele niezrealizowanych zimą wizyt w ramach opieki domowej”, a nie produkt, taki "
        "jak „12 elektrycznych furgonetek”."
    ),
    "needs-2.text": (
        "W opisywanie potrzeby angażujemy pracowników, którzy będą korzystać z rozwiązania."
    ),
    "needs-2.guidance": (
        "Można się zgodzić, jeśli osoby, które będą pracować z rozwiązaniem, biorą udział w "
        "opisywaniu potrzeby – na przykład konserwatorzy szkół w przypadku systemu zarządzania "
        "energią w budynkach lub pielęgniarki w przypadku usługi opiekuńczej."
    ),
    "needs-3.text": "Zanim zdecydujemy, co kupić, zbieramy fakty o obecnej sytuacji.",
    "needs-3.guidance": (
        "Można się zgodzić, jeśli gromadzi się dane takie jak obecne koszty, poziom usług, "
        "zużycie energii czy skargi, tak aby potrzeba opierała się na dowodach, a rezultat można "
        "było później porównać."
    ),
    "needs-4.text": (
        "Zanim określimy potrzebę, sprawdzamy, jakie rozwiązania, wyniki badań i patenty już "
        "istnieją."
    ),
    "needs-4.guidance": (
        "Można się zgodzić, jeśli przed sporządzeniem opisu przedmiotu zamówienia przeprowadza "
        "się rozeznanie – na przykład pilotaży innych zamawiających, wyników badań finansowanych "
        "przez UE w bazie CORDIS oraz baz patentowych, takich jak Espacenet – tak aby ani nie "
        "żądać niemożliwego, ani nie przeoczyć tego, co jest dostępne."
    ),
    "needs-5.text": (
        "Nasze specyfikacje techniczne określają wymagania dotyczące wydajności lub wymagania "
        "funkcjonalne, pozostawiając wykonawcom swobodę w zaproponowaniu sposobu ich spełnienia."
    ),
    "needs-5.guidance": (
        "Można się zgodzić, jeśli specyfikacje określają, co rozwiązanie ma osiągnąć, na "
        "przykład „utrzymywać temperaturę w pomieszczeniach w zadanych granicach przy niższym "
        "zużyciu energii”, a nie w jaki sposób (dyrektywa 2014/24/UE, art. 42 ust. 3 lit. a), a "
        "tam, gdzie jest to przydatne, dopuszcza się oferty wariantowe (art. 45)."
    ),
    "market.name": "Dialog z rynkiem",
    "market.description": (
        "Jak organizacja komunikuje się z wykonawcami przed postępowaniem i w jego trakcie oraz "
        "czy małe i nowe przedsiębiorstwa mogą w nim uczestniczyć."
    ),
    "market.recommendation": (
        "1. Przed najbliższym postępowaniem dotyczącym nowej potrzeby przeprowadzić otwarte "
        "wstępne konsultacje rynkowe: opublikować wstępne ogłoszenie informacyjne opisujące "
        "problem, zaprosić do składania pisemnych odpowiedzi i zorganizować dzień informacyjny "
        "(dyrektywa 2014/24/UE, art. 40).\n"
        "2. Dokumentować każdy kontakt z wykonawcami i udostępniać przekazane informacje "
        "wszystkim oferentom, tak aby nikt nie uzyskał przewagi (art. 41).\n"
        "3. Opublikować plan zamówień na nadchodzący rok na stronie internetowej organizacji.\n"
        "4. Poprosić agencję innowacji, klastry lub organizacje przedsiębiorców o przekazanie "
        "informacji o wyzwaniu start-upom i małym przedsiębiorstwom.\n"
        "5. W miarę możliwości dzielić duże zamówienia na części, a w przypadku rezygnacji z "
        "podziału podawać jej powody w dokumentach zamówienia (art. 46)."
    ),
    "market-1.text": (
        "Przed postępowaniami dotyczącymi nowych lub złożonych potrzeb przeprowadzamy otwarte "
        "wstępne konsultacje rynkowe."
    ),
    "market-1.guidance": (
        "Można się zgodzić, jeśli organizacja regularnie przeprowadza otwarte konsultacje z "
        "rynkiem przed takimi postępowaniami – na przykład publikując wstępne ogłoszenie "
        "informacyjne, organizując dzień informacyjny i zapraszając do składania pisemnych "
        "odpowiedzi (dyrektywa 2014/24/UE, art. 40)."
    ),
    "market-2.text": (
        "Publikujemy planowane zakupy na tyle wcześnie, aby wykonawcy mogli się przygotować."
    ),
    "market-2.guidance": (
        "Można się zgodzić, jeśli wykonawcy mogą dowiedzieć się o nadchodzących postępowaniach z "
        "kilkumiesięcznym wyprzedzeniem – na przykład z planu zamówień zamieszczonego na stronie "
        "internetowej organizacji lub ze wstępnego ogłoszenia informacyjnego (dyrektywa "
        "2014/24/UE, art. 48)."
    ),
    "market-3.text": (
        "Wiemy, jak rozmawiać z wykonawcami przed postępowaniem bez naruszania zasady równego "
        "traktowania."
    ),
    "market-3.guidance": (
        "Można się zgodzić, jeśli pracownicy dokumentują kontakty z wykonawcami, udostępniają "
        "wszystkim oferentom przekazane informacje i wyznaczają wystarczający czas na odpowiedź "
        "(dyrektywa 2014/24/UE, art. 41), zamiast unikać wykonawców z obawy przed odwołaniem."
    ),
    "market-4.text": (
        "Docieramy także do wykonawców spoza grona stałych dostawców, takich jak start-upy i "
        "przedsiębiorstwa z innych branż."
    ),
    "market-4.guidance": (
        "Można się zgodzić, jeśli informacje o konsultacjach i postępowaniach są "
        "rozpowszechniane kanałami, które śledzą nowi wykonawcy – na przykład przez agencje "
        "innowacji, klastry, organizacje przedsiębiorców lub wydarzenia kojarzące partnerów "
        "biznesowych."
    ),
    "market-5.text": (
        "Dzielimy duże zamówienia na części lub dopuszczamy oferty wspólne, aby małe "
        "przedsiębiorstwa mogły w nich uczestniczyć."
    ),
    "market-5.guidance": (
        "Można się zgodzić, jeśli przy każdym dużym zamówieniu rozważa się podział na części i "
        "wyjaśnia, dlaczego z niego zrezygnowano (dyrektywa 2014/24/UE, art. 46), a kryteria "
        "kwalifikacji pozwalają małym przedsiębiorstwom składać oferty wspólnie lub polegać na "
        "zasobach partnerów (art. 19 i 63)."
    ),
    "market-6.text": (
        "Po każdym postępowaniu przekazujemy wykonawcom, których oferty nie zostały wybrane, "
        "jasną informację zwrotną."
    ),
    "market-6.guidance": (
        "Można się zgodzić, jeśli oferenci dowiadują się, dlaczego ich oferta przegrała i w czym "
        "oferta zwycięska była lepsza (dyrektywa 2014/24/UE, art. 55) – na przykład w piśmie lub "
        "podczas krótkiego spotkania – tak aby następnym razem mogli przygotować lepszą ofertę."
    ),
    "risk.name": "Ryzyko, budżet i uzasadnienie biznesowe",
    "risk.description": (
        "Czy organizacja analizuje koszty, korzyści i ryzyka nowego rozwiązania oraz czy "
        "dysponuje środkami i narzędziami umownymi, aby je wypróbować."
    ),
    "risk.recommendation": (
        "1. Przed najbliższym postępowaniem dotyczącym nowego rozwiązania przygotować "
        "uzasadnienie biznesowe, które porówna je z obecnym sposobem działania w całym cyklu "
        "życia rozwiązania.\n"
        "2. Wypisać główne ryzyka techniczne, prawne, finansowe i związane z użytkownikami, a "
        "dla każdego z nich wskazać osobę odpowiedzialną i sposób ograniczenia.\n"
        "3. Zaproponować pozycję budżetową na pilotaże lub poszukać unijnego bądź krajowego "
        "finansowania zamówień na innowacje wśród możliwości finansowania na tej platformie.\n"
        "4. Wprowadzić do umowy punkty decyzyjne: etap pilotażowy z jasnymi celami i prawo do "
        "zakończenia współpracy po tym etapie."
    ),
    "risk-1.text": (
        "Przed postępowaniem dotyczącym nowego rozwiązania przygotowujemy uzasadnienie "
        "biznesowe, w którym porównujemy je z obecnym sposobem działania."
    ),
    "risk-1.guidance": (
        "Można się zgodzić, jeśli pisemne uzasadnienie biznesowe przedstawia koszty, korzyści i "
        "ryzyka nowego rozwiązania w porównaniu z utrzymaniem obecnego stanu – na przykład "
        "inteligentnego oświetlenia ulicznego w porównaniu z wymianą starych lamp na takie same."
    ),
    "risk-2.text": (
        "Identyfikujemy główne ryzyka zamówienia i planujemy, jak ograniczyć każde z nich."
    ),
    "risk-2.guidance": (
        "Można się zgodzić, jeśli dla każdego zamówienia na innowacje prowadzi się rejestr ryzyk "
        "obejmujący ryzyka techniczne, prawne i finansowe oraz ryzyko braku akceptacji przez "
        "użytkowników, ze wskazaniem osoby odpowiedzialnej i planowanej reakcji dla każdego z "
        "nich, aktualizowany w miarę postępów projektu."
    ),
    "risk-3.text": (
        "Nasze uzasadnienia biznesowe uwzględniają koszty w całym cyklu życia rozwiązania, a nie "
        "tylko cenę zakupu."
    ),
    "risk-3.guidance": (
        "Można się zgodzić, jeśli uwzględnia się koszty eksploatacji, utrzymania, energii i "
        "wycofania z użytku, a tę samą metodę można zastosować do porównania ofert pod względem "
        "kosztu cyklu życia (dyrektywa 2014/24/UE, art. 68)."
    ),
    "risk-4.text": (
        "Dysponujemy środkami, które możemy przeznaczyć na przetestowanie nowego rozwiązania "
        "przed pełnym zakupem."
    ),
    "risk-4.guidance": (
        "Można się zgodzić, jeśli na testy dostępna jest pozycja budżetowa, fundusz pilotażowy "
        "lub finansowanie zewnętrzne, na przykład z programu unijnego lub krajowej agencji "
        "innowacji, bez uszczuplania środków na bieżące usługi."
    ),
    "risk-5.text": (
        "W naszych umowach na nowe rozwiązania stosujemy punkty decyzyjne, etapy pilotażowe lub "
        "wynagrodzenie zależne od wyników."
    ),
    "risk-5.guidance": (
        "Można się zgodzić, jeśli umowy pozwalają zakończyć współpracę lub wprowadzić zmiany po "
        "etapie, w którym nie osiągnięto celów, jak przewiduje partnerstwo innowacyjne "
        "(dyrektywa 2014/24/UE, art. 31 ust. 2), lub uzależniają część wynagrodzenia od "
        "zmierzonych rezultatów."
    ),
    "skills.name": "Kompetencje i organizacja",
    "skills.description": (
        "Czy organizacja ma ludzi, czas, zespoły i narzędzia, aby przygotowywać i prowadzić "
        "zamówienia nowych rozwiązań."
    ),
    "skills.recommendation": (
        "1. Wyznaczyć osobę kontaktową ds. zamówień na innowacje i zapewnić jej czas na to "
        "zadanie.\n"
        "2. Wysłać pracowników działu zamówień, działu prawnego i pracowników technicznych razem "
        "na szkolenie z zamówień na innowacje i podzielić się zdobytą wiedzą.\n"
        "3. Przy najbliższym zamówieniu nowego rozwiązania od początku powołać zespół łączący "
        "wiedzę z zakresu zamówień, prawa, techniki i potrzeb użytkowników.\n"
        "4. Przechowywać dokumenty zamówienia i wnioski z każdego projektu w jednym wspólnym "
        "miejscu, a jako punkt wyjścia wykorzystywać wzory z tej biblioteki."
    ),
    "skills-1.text": (
        "Nasi pracownicy ds. zamówień zostali w ciągu ostatnich dwóch lat przeszkoleni z "
        "zamówień na innowacje."
    ),
    "skills-1.guidance": (
        "Można się zgodzić, jeśli przynajmniej część pracowników przygotowujących postępowania "
        "ukończyła kurs, cykl webinariów lub wymianę doświadczeń na ten temat, na przykład "
        "prowadzone przez krajowe centrum kompetencji lub projekt unijny."
    ),
    "skills-2.text": (
        "Przy każdym zamówieniu nowego rozwiązania działa zespół łączący wiedzę z zakresu "
        "zamówień, prawa, techniki i potrzeb użytkowników."
    ),
    "skills-2.guidance": (
        "Można się zgodzić, jeśli taki zespół powstaje na początku, a nie wtedy, gdy dokumenty "
        "zamówienia są już napisane – na przykład specjalista ds. zamówień, prawnik, inżynier i "
        "kierownik usługi spotykają się już od etapu oceny potrzeb."
    ),
    "skills-3.text": (
        "Wiemy, gdzie szukać specjalistycznego wsparcia w zakresie zamówień na innowacje."
    ),
    "skills-3.guidance": (
        "Można się zgodzić, jeśli pracownicy wiedzą, do kogo się zwrócić, na przykład do "
        "krajowego centrum kompetencji ds. zamówień na innowacje, agencji innowacji lub uczelni; "
        "wytyczne Komisji dotyczące zamówień na innowacje zachęcają do tworzenia takich centrów."
    ),
    "skills-4.text": (
        "Nasi pracownicy mają zarezerwowany czas na przygotowywanie zamówień nowych rozwiązań, a "
        "nie tylko rutynowych postępowań."
    ),
    "skills-4.guidance": (
        "Można się zgodzić, jeśli plany pracy uwzględniają dłuższe przygotowanie, jakiego "
        "wymagają takie zamówienia, na przykład przez wyznaczenie osoby kontaktowej ds. zamówień "
        "na innowacje z zarezerwowaną na to liczbą godzin."
    ),
    "skills-5.text": (
        "Przechowujemy wzory i przykłady z wcześniejszych zamówień w miejscu, w którym "
        "współpracownicy mogą je znaleźć i ponownie wykorzystać."
    ),
    "skills-5.guidance": (
        "Można się zgodzić, jeśli we wspólnym folderze lub na stronie intranetu znajdują się "
        "wcześniejsze ogłoszenia o konsultacjach rynkowych, specyfikacje, arkusze oceny ofert i "
        "klauzule umowne wraz z uwagą, co się sprawdziło."
    ),
    "cooperation.name": "Współpraca i sieci",
    "cooperation.description": (
        "Jak organizacja współpracuje w zakresie zamówień na innowacje z własnymi wydziałami, "
        "innymi zamawiającymi publicznymi i lokalnymi podmiotami innowacji."
    ),
    "cooperation.recommendation": (
        "1. Znaleźć na tej platformie dwie organizacje, które kupiły to, co planuje się kupić, i "
        "poprosić je o godzinną rozmowę.\n"
        "2. Przystąpić do BSR Cities Network i do krajowej sieci zamawiających publicznych oraz "
        "udostępnić tam jedno z własnych postępowań.\n"
        "3. Zanim każdy wydział zacznie kupować osobno, zebrać wydziały, które mają wspólną "
        "potrzebę, na przykład w zakresie energii w szkołach i biurach.\n"
        "4. Rozważyć wspólne zamówienie z sąsiednimi instytucjami zamawiającymi lub za "
        "pośrednictwem centralnej jednostki zakupującej, aby podzielić się nakładem pracy i "
        "ryzykiem (dyrektywa 2014/24/UE, art. 37–39)."
    ),
    "cooperation-1.text": (
        "Wymieniamy się doświadczeniami w zakresie zamówień na innowacje z innymi zamawiającymi "
        "publicznymi."
    ),
    "cooperation-1.guidance": (
        "Można się zgodzić, jeśli pracownicy regularnie spotykają się lub rozmawiają z osobami "
        "na podobnych stanowiskach w kraju lub za granicą o ich zamówieniach, na przykład w "
        "sieci miast lub w projekcie unijnym, i wykorzystują zdobytą wiedzę."
    ),
    "cooperation-2.text": (
        "Nasze wydziały współpracują przy wspólnych potrzebach, zamiast kupować każdy osobno."
    ),
    "cooperation-2.guidance": (
        "Można się zgodzić, jeśli wydziały o podobnej potrzebie wspólnie przygotowują jedno "
        "zamówienie, na przykład wydział edukacji i wydział zarządzania nieruchomościami kupują "
        "jeden system zarządzania energią dla szkół i biur."
    ),
    "cooperation-3.text": (
        "Kupowaliśmy lub przygotowywaliśmy zakup wspólnie z innymi zamawiającymi publicznymi."
    ),
    "cooperation-3.guidance": (
        "Można się zgodzić, jeśli organizacja uczestniczyła we wspólnym zamówieniu – z "
        "sąsiednimi instytucjami zamawiającymi, za pośrednictwem centralnej jednostki "
        "zakupującej lub transgranicznie (dyrektywa 2014/24/UE, art. 37–39) – aby podzielić się "
        "nakładem pracy i ryzykiem."
    ),
    "cooperation-4.text": (
        "Przygotowując zamówienia, współpracujemy z lokalnymi podmiotami innowacji, takimi jak "
        "uczelnie, agencje innowacji czy klastry."
    ),
    "cooperation-4.guidance": (
        "Można się zgodzić, jeśli tacy partnerzy pomagają zrozumieć potrzebę lub rynek, na "
        "przykład uczelnia testuje rozwiązanie w żywym laboratorium (living lab) albo klaster "
        "zaprasza swoich członków do udziału w konsultacjach rynkowych."
    ),
    "cooperation-5.text": (
        "Udostępniamy własne dokumenty zamówienia i wyniki innym zamawiającym, aby mogli je "
        "ponownie wykorzystać."
    ),
    "cooperation-5.guidance": (
        "Można się zgodzić, jeśli organizacja publikuje lub przekazuje specyfikacje, arkusze "
        "oceny ofert i wnioski ze swoich zamówień, na przykład jako dobrą praktykę na tej "
        "platformie."
    ),
    "users.name": "Udział użytkowników i mieszkańców",
    "users.description": (
        "Jak mieszkańcy i osoby korzystające z usług uczestniczą w określaniu, testowaniu i "
        "ocenie nowych rozwiązań."
    ),
    "users.recommendation": (
        "1. Przed najbliższym zamówieniem nowej usługi zapytać jej użytkowników, co dziś działa "
        "źle – w wywiadach, ankiecie lub podczas warsztatu.\n"
        "2. Przeprowadzić warsztat współtworzenia z mieszkańcami, przedsiębiorstwami i "
        "naukowcami poświęcony jednemu lokalnemu wyzwaniu, korzystając z materiałów CityLab w "
        "tej bibliotece.\n"
        "3. Przed wdrożeniem nowego rozwiązania zaplanować test z udziałem rzeczywistych "
        "użytkowników i z góry ustalić, co będzie mierzone.\n"
        "4. Sprawdzić, czy specyfikacje zawierają wymagania dotyczące dostępności (dyrektywa "
        "2014/24/UE, art. 42 ust. 1).\n"
        "5. Poinformować uczestników, co zmieniło się dzięki ich wkładowi."
    ),
    "users-1.text": (
        "Angażujemy mieszkańców lub użytkowników usług w określanie problemu, który ma rozwiązać "
        "zamówienie."
    ),
    "users-1.guidance": (
        "Można się zgodzić, jeśli opinie użytkowników wpływają na opis potrzeby – na przykład "
        "wywiady z pasażerami autobusów przed postępowaniem dotyczącym mobilności lub ankieta "
        "wśród rodziców przed zakupem usługi żywienia w szkołach."
    ),
    "users-2.text": (
        "Stosujemy metody współtworzenia z mieszkańcami, przedsiębiorstwami i naukowcami w "
        "odniesieniu do lokalnych wyzwań."
    ),
    "users-2.guidance": (
        "Można się zgodzić, jeśli organizacja przeprowadziła warsztaty lub prowadziła żywe "
        "laboratorium (living lab), w których te grupy wspólnie pracowały nad rzeczywistym "
        "wyzwaniem, na przykład CityLab poświęcony bezpieczniejszym pieszym drogom do szkoły."
    ),
    "users-3.text": (
        "Użytkownicy testują nowe rozwiązanie w rzeczywistych warunkach, zanim zdecydujemy o "
        "jego wdrożeniu na szeroką skalę."
    ),
    "users-3.guidance": (
        "Można się zgodzić, jeśli szerokie wdrożenie poprzedza pilotaż z udziałem rzeczywistych "
        "użytkowników, na przykład aplikacja opiekuńcza testowana przez grupę podopiecznych "
        "opieki domowej i personel, a ich uwagi są dokumentowane."
    ),
    "users-4.text": (
        "Nasze specyfikacje zawierają wymagania dotyczące dostępności dla osób z "
        "niepełnosprawnościami."
    ),
    "users-4.guidance": (
        "Można się zgodzić, jeśli dostępność lub projektowanie uniwersalne są elementem każdej "
        "specyfikacji dotyczącej czegoś, z czego będą korzystać ludzie (dyrektywa 2014/24/UE, "
        "art. 42 ust. 1), na przykład przez odesłanie do normy europejskiej EN 301 549 w "
        "przypadku usług cyfrowych."
    ),
    "users-5.text": "Informujemy mieszkańców i użytkowników, jak ich wkład zmienił zamówienie.",
    "users-5.guidance": (
        "Można się zgodzić, jeśli uczestnicy otrzymują informację zwrotną – na przykład w "
        "krótkim komunikacie na stronie internetowej miasta lub na spotkaniu podsumowującym – o "
        "tym, które z ich pomysłów wykorzystano i dlaczego innych nie."
    ),
    "impact.name": "Pomiar efektów i skalowanie",
    "impact.description": (
        "Czy organizacja mierzy, co osiągają nowe rozwiązania, zarządza umową pod tym kątem i "
        "wdraża na większą skalę to, co się sprawdza."
    ),
    "impact.recommendation": (
        "1. Przy najbliższym zamówieniu nowego rozwiązania ustalić od trzech do pięciu "
        "wskaźników i zmierzyć ich obecne wartości przed wszczęciem postępowania.\n"
        "2. Zaplanować, jak wyniki będą mierzone w trakcie realizacji umowy i kto będzie "
        "przedstawiał je kierownictwu.\n"
        "3. Zawrzeć w umowie opcje lub klauzule przeglądowe, tak aby rozwiązanie, które się "
        "sprawdza, można było rozszerzyć bez nowego postępowania (dyrektywa 2014/24/UE, art. 72 "
        "ust. 1 lit. a).\n"
        "4. Opublikować wyniki, w tym informacje o tym, co się nie sprawdziło, jako dobrą "
        "praktykę na tej platformie."
    ),
    "impact-1.text": (
        "Przed postępowaniem ustalamy wskaźniki i mierzymy wartości wyjściowe dla oczekiwanych "
        "rezultatów."
    ),
    "impact-1.guidance": (
        "Można się zgodzić, jeśli znane są obecne wartości tego, co rozwiązanie ma poprawić, na "
        "przykład zużycia energii w budynku lub czasu oczekiwania na usługę, a wartość docelowa "
        "została zapisana."
    ),
    "impact-2.text": (
        "Po zakończeniu pilotażu lub umowy porównujemy wyniki z naszymi celami i przedstawiamy "
        "je kierownictwu."
    ),
    "impact-2.guidance": (
        "Można się zgodzić, jeśli pisemna ewaluacja porównuje wyniki z wartościami wyjściowymi i "
        "docelowymi, na przykład sprawozdanie dla rady po pierwszym roku świadczenia nowej "
        "usługi."
    ),
    "impact-3.text": (
        "W trakcie realizacji umowy monitorujemy wykonanie zobowiązań przez wykonawcę i wcześnie "
        "reagujemy na problemy."
    ),
    "impact-3.guidance": (
        "Można się zgodzić, jeśli wyznaczony opiekun umowy sprawdza uzgodnione wskaźniki "
        "wykonania na regularnych spotkaniach z wykonawcą i dokumentuje poczynione ustalenia."
    ),
    "impact-4.text": (
        "Gdy pilotaż się sprawdza, mamy sposób, aby zdecydować o szerszym zastosowaniu "
        "rozwiązania i je sfinansować."
    ),
    "impact-4.guidance": (
        "Można się zgodzić, jeśli umowa lub plan przewiduje kolejny krok, na przykład opcję "
        "rozszerzenia rozwiązania na kolejne lokalizacje (dyrektywa 2014/24/UE, art. 72 ust. 1 "
        "lit. a) lub etap zakupu w ramach partnerstwa innowacyjnego (art. 31)."
    ),
    "impact-5.text": (
        "Publikujemy wyniki naszych zamówień na innowacje, w tym informacje o tym, co się nie "
        "sprawdziło."
    ),
    "impact-5.guidance": (
        "Można się zgodzić, jeśli wyniki są publicznie dostępne, tak aby inni zamawiający mogli "
        "się z nich uczyć, na przykład jako studium przypadku na stronie internetowej "
        "organizacji lub dobra praktyka na tej platformie."
    ),
}
