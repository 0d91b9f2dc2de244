"""The default readiness questionnaire in German; keys as in en.py."""

TEXTS = {
    "name": "Bereitschaft für innovative Beschaffung",
    "description": (
        "Wie bereit Ihre Organisation ist, neue und bessere Lösungen über die öffentliche "
        "Beschaffung einzukaufen – in neun Dimensionen auf Grundlage des OECD-Rahmens für "
        "strategische öffentliche Beschaffung, der INNLOCAL-Selbstbewertung für Kommunen und des "
        "Leitfadens der Europäischen Kommission für die innovationsfördernde öffentliche "
        "Auftragsvergabe. Antworten Sie für Ihre Organisation so, wie sie heute arbeitet, nicht "
        "so, wie sie es plant."
    ),
    "scale.1": "Stimme überhaupt nicht zu",
    "scale.2": "Stimme nicht zu",
    "scale.3": "Weder Zustimmung noch Ablehnung",
    "scale.4": "Stimme zu",
    "scale.5": "Stimme voll und ganz zu",
    "strategy.name": "Strategie und Führung",
    "strategy.description": (
        "Ob innovative Beschaffung Teil der Ziele und Pläne der Organisation ist und ob die "
        "Führung sie in der Praxis unterstützt."
    ),
    "strategy.recommendation": (
        "1. Bitten Sie die Verwaltungsspitze, innovative Beschaffung in der nächsten "
        "Beschaffungsstrategie, im Klimaschutzplan oder in der Digitalisierungsstrategie als Weg "
        "zu bereits bestehenden Zielen der Organisation zu verankern.\n"
        "2. Schreiben Sie einen kurzen Aktionsplan: welche Bedarfe zuerst angegangen werden, wer "
        "für jeden Schritt verantwortlich ist und wann die Verwaltungsspitze den Fortschritt "
        "überprüft.\n"
        "3. Gehen Sie den Beschaffungsplan des nächsten Jahres mit den Fachbereichen durch und "
        "markieren Sie zwei oder drei Beschaffungen, bei denen eine neue Lösung mehr leisten "
        "könnte als die übliche.\n"
        "4. Vereinbaren Sie schriftlich mit der Verwaltungsspitze, wie mit einem Pilotprojekt "
        "umgegangen wird, das nicht gelingt, damit die Beschäftigten keine Angst haben, etwas "
        "auszuprobieren."
    ),
    "strategy-1.text": (
        "Die Strategie oder Beschaffungsrichtlinie unserer Organisation nennt innovative "
        "Beschaffung als Weg, ihre Ziele zu erreichen."
    ),
    "strategy-1.guidance": (
        "Stimmen Sie zu, wenn ein vom Stadt- oder Gemeinderat oder von der Verwaltungsspitze "
        "beschlossenes Dokument festhält, dass die Organisation neue Lösungen beschafft, um ihre "
        "Ziele zu erreichen, zum Beispiel eine Beschaffungsstrategie, die Einkäufe mit den "
        "Klimazielen der Stadt verknüpft. Der Leitfaden der Europäischen Kommission für die "
        "innovationsfördernde öffentliche Auftragsvergabe (C(2021) 4320) empfiehlt eine solche "
        "politische Selbstverpflichtung."
    ),
    "strategy-2.text": (
        "Wir haben einen Aktionsplan für innovative Beschaffung mit benannten Verantwortlichen, "
        "Zielen und einem Zeitplan."
    ),
    "strategy-2.guidance": (
        "Stimmen Sie zu, wenn der Plan festlegt, wer was bis wann tut, zum Beispiel dass die "
        "Vergabestelle jedes Jahr eine Pilotbeschaffung durchführt und der Verwaltungsspitze jeden "
        "Herbst berichtet."
    ),
    "strategy-3.text": (
        "Unsere Verwaltungsspitze hat sich öffentlich für mindestens eine Beschaffung einer neuen "
        "Lösung eingesetzt."
    ),
    "strategy-3.guidance": (
        "Stimmen Sie zu, wenn die Bürgermeisterin oder der Bürgermeister, eine Dezernatsleitung "
        "oder eine Amtsleitung eine solche Beschaffung vorgestellt oder verteidigt hat, zum "
        "Beispiel indem ein Pilotprojekt in den Rat eingebracht oder die zugrunde liegende "
        "Herausforderung offiziell bestätigt wurde."
    ),
    "strategy-4.text": (
        "Wenn ein Pilotprojekt nicht das erhoffte Ergebnis bringt, sehen unsere Führungskräfte "
        "darin eine Lernerfahrung und keinen Fehler der beteiligten Beschäftigten."
    ),
    "strategy-4.guidance": (
        "Stimmen Sie zu, wenn Beschäftigten, die eine gut vorbereitete, aber erfolglose "
        "Beschaffung durchgeführt haben, keine Schuld zugewiesen wurde und die Erkenntnisse offen "
        "besprochen wurden, zum Beispiel in einer Leitungsrunde oder in einer kurzen schriftlichen "
        "Auswertung."
    ),
    "strategy-5.text": (
        "Jedes Jahr prüfen wir unsere geplanten Beschaffungen auf Möglichkeiten, eine neue oder "
        "bessere Lösung einzukaufen."
    ),
    "strategy-5.guidance": (
        "Stimmen Sie zu, wenn der jährliche Beschaffungsplan daraufhin geprüft wird, bevor "
        "Ausschreibungen vorbereitet werden, zum Beispiel indem bald auslaufende Verträge markiert "
        "werden und gefragt wird, ob der Bedarf auf neue Weise gedeckt werden könnte."
    ),
    "legal.name": "Rechts- und Verfahrenskenntnisse",
    "legal.description": (
        "Wie gut die Organisation die Verfahren und Vertragsbedingungen kennt und nutzt, die das "
        "Vergaberecht für die Beschaffung neuer Lösungen bietet."
    ),
    "legal.recommendation": (
        "1. Geben Sie den Beschäftigten in Vergabe und Rechtsabteilung eine kurze Einführung in "
        "die Verfahren für neue Lösungen: Verhandlungsverfahren, wettbewerblicher Dialog und "
        "Innovationspartnerschaft (Richtlinie 2014/24/EU, Art. 29–31).\n"
        "2. Lesen Sie nach, wie ein anderer öffentlicher Auftraggeber in Ihrem Land eines dieser "
        "Verfahren genutzt hat, und fragen Sie dort nach, was man heute anders machen würde.\n"
        "3. Vereinbaren Sie mit Ihren Rechtsberatern Standardklauseln zu Rechten des geistigen "
        "Eigentums und zu Zuschlagskriterien, die neben dem Preis auch die Qualität "
        "berücksichtigen.\n"
        "4. Bitten Sie Ihr nationales Kompetenzzentrum oder Ihre zuständige Vergabebehörde um "
        "Hinweise zu den nationalen Regeln unterhalb der EU-Schwellenwerte."
    ),
    "legal-1.text": (
        "Unsere Beschäftigten in der Vergabe wissen, wann wir das Verhandlungsverfahren, den "
        "wettbewerblichen Dialog oder die Innovationspartnerschaft nutzen dürfen."
    ),
    "legal-1.guidance": (
        "Stimmen Sie zu, wenn die Beschäftigten erklären können, dass diese Verfahren für Bedarfe "
        "geeignet sind, die Konzeption, Anpassung oder Entwicklung neuer Lösungen erfordern "
        "(Richtlinie 2014/24/EU, Art. 26(4), 29, 30 und 31), und welches davon zu einem bestimmten "
        "Bedarf passt."
    ),
    "legal-2.text": (
        "Wir haben ein anderes Verfahren als das offene Verfahren genutzt, um eine neue oder "
        "angepasste Lösung zu beschaffen."
    ),
    "legal-2.guidance": (
        "Stimmen Sie zu, wenn Sie mindestens eine solche Beschaffung durchgeführt haben, zum "
        "Beispiel einen wettbewerblichen Dialog für einen digitalen Dienst oder eine "
        "Innovationspartnerschaft, um eine Lösung zu entwickeln und anschließend zu erwerben, die "
        "der Markt noch nicht anbot."
    ),
    "legal-3.text": (
        "Unsere Rechtsberater helfen uns herauszufinden, was die Regeln uns erlauben, nicht nur, "
        "was sie verbieten."
    ),
    "legal-3.guidance": (
        "Stimmen Sie zu, wenn Juristinnen und Juristen frühzeitig an der Vorbereitung einer "
        "Beschaffung mitwirken und rechtssichere Wege aufzeigen, zum Beispiel wie Gespräche mit "
        "Anbietern unter Wahrung des Gleichbehandlungsgrundsatzes geführt werden können, statt "
        "ganz von Gesprächen mit Anbietern abzuraten."
    ),
    "legal-4.text": (
        "Wir kennen den Unterschied zwischen vorkommerzieller Auftragsvergabe und der Beschaffung "
        "innovativer Lösungen und wissen, wann welche passt."
    ),
    "legal-4.guidance": (
        "Stimmen Sie zu, wenn die Beschäftigten wissen, dass bei der vorkommerziellen "
        "Auftragsvergabe Forschungs- und Entwicklungsleistungen in konkurrierenden Phasen "
        "beschafft werden, und zwar außerhalb der Richtlinie, wenn der Auftraggeber nicht alle "
        "Ergebnisse für sich behält (Richtlinie 2014/24/EU, Art. 14), während bei der Beschaffung "
        "innovativer Lösungen Lösungen eingekauft werden, die neu, aber bereits marktnah sind."
    ),
    "legal-5.text": (
        "Unsere Vergabeunterlagen enthalten Regelungen zu Rechten des geistigen Eigentums, die zum "
        "jeweiligen Beschaffungsgegenstand passen."
    ),
    "legal-5.guidance": (
        "Stimmen Sie zu, wenn Sie die Verteilung der Rechte für jede Beschaffung eigens festlegen, "
        "statt eine Standardklausel zu übernehmen, zum Beispiel indem das Eigentum beim "
        "Auftragnehmer bleibt, während der Auftraggeber eine Lizenz zur Nutzung und Anpassung der "
        "Ergebnisse erhält, wie es der Leitfaden der Kommission für die innovationsfördernde "
        "öffentliche Auftragsvergabe erörtert."
    ),
    "legal-6.text": (
        "Wir vergeben Aufträge für neue Lösungen nach Qualität und nicht nur nach dem Preis."
    ),
    "legal-6.guidance": (
        "Stimmen Sie zu, wenn Ihre Zuschlagskriterien neben dem Preis oder den Lebenszykluskosten "
        "auch die Qualität gewichten, zum Beispiel funktionale, umweltbezogene oder innovative "
        "Eigenschaften (Richtlinie 2014/24/EU, Art. 67), sodass sich eine bessere Lösung "
        "durchsetzen kann."
    ),
    "needs.name": "Bedarfsermittlung",
    "needs.description": (
        "Wie die Organisation ermittelt und beschreibt, was sie braucht, bevor sie entscheidet, "
        "was sie beschafft."
    ),
    "needs.recommendation": (
        "1. Schreiben Sie für die nächste Beschaffung eine Seite über das zu lösende Problem und "
        "das benötigte Ergebnis, bevor irgendjemand ein Produkt nennt.\n"
        "2. Führen Sie einen Workshop mit den Beschäftigten sowie den Bürgerinnen und Bürgern "
        "durch, die die Lösung nutzen werden, und halten Sie fest, was heute schlecht funktioniert "
        "und warum.\n"
        "3. Tragen Sie die Fakten zur aktuellen Situation zusammen – Kosten, Leistungsniveau und "
        "Beschwerden –, damit Sie später zeigen können, was sich verändert hat.\n"
        "4. Prüfen Sie, was es bereits gibt: Pilotbeschaffungen anderer Städte in dieser "
        "Bibliothek, Forschungsergebnisse und Patentdatenbanken.\n"
        "5. Übersetzen Sie den Bedarf in Leistungs- oder Funktionsanforderungen und lassen Sie "
        "Nebenangebote zu, wo es sinnvoll ist."
    ),
    "needs-1.text": (
        "Vor einer Ausschreibung beschreiben wir das zu lösende Problem und das benötigte "
        "Ergebnis, nicht ein bestimmtes Produkt."
    ),
    "needs-1.guidance": (
        "Stimmen Sie zu, wenn das erste Dokument einer Beschaffung das Problem benennt, zum "
        "Beispiel „zu viele ausgefallene Hausbesuche in der ambulanten Pflege im Winter“, und "
        "nicht ein Produkt wie „12 Elektrotransporter“."
    ),
    "needs-2.text": (
        "Wir beziehen die Beschäftigten, die eine Lösung nutzen werden, in die Beschreibung des "
        "Bedarfs ein."
    ),
    "needs-2.guidance": (
        "Stimmen Sie zu, wenn die Menschen, die mit der Lösung arbeiten werden, an der "
        "Beschreibung des Bedarfs mitwirken, zum Beispiel Hausmeister der Schulen bei einem "
        "Energiemanagementsystem für Gebäude oder Pflegekräfte bei einer Pflegedienstleistung."
    ),
    "needs-3.text": (
        "Wir erheben Fakten zur aktuellen Situation, bevor wir entscheiden, was wir beschaffen."
    ),
    "needs-3.guidance": (
        "Stimmen Sie zu, wenn Sie Daten wie aktuelle Kosten, Leistungsniveau, Energieverbrauch "
        "oder Beschwerden erheben, sodass der Bedarf auf belastbaren Zahlen beruht und das "
        "Ergebnis später verglichen werden kann."
    ),
    "needs-4.text": (
        "Wir prüfen, welche Lösungen, Forschungsergebnisse und Patente es bereits gibt, bevor wir "
        "den Bedarf festlegen."
    ),
    "needs-4.guidance": (
        "Stimmen Sie zu, wenn Sie recherchieren, bevor Sie spezifizieren, zum Beispiel "
        "Pilotprojekte anderer Auftraggeber, Ergebnisse EU-geförderter Forschung in CORDIS und "
        "Patentdatenbanken wie Espacenet, sodass Sie weder Unmögliches verlangen noch Verfügbares "
        "übersehen."
    ),
    "needs-5.text": (
        "Unsere technischen Spezifikationen legen Leistungs- oder Funktionsanforderungen fest und "
        "lassen den Anbietern Spielraum, wie sie diese erfüllen."
    ),
    "needs-5.guidance": (
        "Stimmen Sie zu, wenn die Spezifikationen beschreiben, was die Lösung leisten muss, zum "
        "Beispiel „die Raumtemperatur bei geringerem Energieverbrauch innerhalb festgelegter "
        "Grenzen halten“, und nicht, wie (Richtlinie 2014/24/EU, Art. 42(3)(a)), und wenn "
        "Varianten (Nebenangebote) zugelassen werden, wo es sinnvoll ist (Art. 45)."
    ),
    "market.name": "Einbindung des Marktes",
    "market.description": (
        "Wie die Organisation vor und während einer Ausschreibung mit Anbietern kommuniziert und "
        "ob kleine und junge Unternehmen teilnehmen können."
    ),
    "market.recommendation": (
        "1. Führen Sie vor der nächsten Ausschreibung für einen neuen Bedarf eine offene "
        "Marktkonsultation durch: Veröffentlichen Sie eine Vorinformation, die das Problem "
        "beschreibt, bitten Sie um schriftliche Rückmeldungen und veranstalten Sie einen "
        "Informationstag (vorherige Marktkonsultationen, Richtlinie 2014/24/EU, Art. 40).\n"
        "2. Dokumentieren Sie jeden Kontakt mit Anbietern und geben Sie die dabei vermittelten "
        "Informationen an alle Bieter weiter, damit niemand einen Vorteil erhält (Art. 41).\n"
        "3. Veröffentlichen Sie Ihren Beschaffungsplan für das kommende Jahr auf Ihrer Website.\n"
        "4. Bitten Sie Ihre Innovationsagentur, Cluster oder Wirtschaftsverbände, Ihre "
        "Herausforderung an Start-ups und kleine Unternehmen weiterzugeben.\n"
        "5. Teilen Sie große Aufträge nach Möglichkeit in Lose auf, und wo Sie es nicht tun, "
        "nennen Sie die Gründe in den Vergabeunterlagen (Art. 46)."
    ),
    "market-1.text": (
        "Wir führen vor Ausschreibungen für neue oder komplexe Bedarfe eine offene "
        "Marktkonsultation durch."
    ),
    "market-1.guidance": (
        "Stimmen Sie zu, wenn Sie vor solchen Ausschreibungen regelmäßig den Markt offen "
        "konsultieren, zum Beispiel indem Sie eine Vorinformation veröffentlichen, einen "
        "Informationstag veranstalten und um schriftliche Rückmeldungen bitten (vorherige "
        "Marktkonsultationen, Richtlinie 2014/24/EU, Art. 40)."
    ),
    "market-2.text": (
        "Wir veröffentlichen unsere geplanten Beschaffungen so früh, dass sich die Anbieter darauf "
        "vorbereiten können."
    ),
    "market-2.guidance": (
        "Stimmen Sie zu, wenn Anbieter Monate im Voraus von anstehenden Ausschreibungen erfahren "
        "können, zum Beispiel über einen Beschaffungsplan auf Ihrer Website oder eine "
        "Vorinformation (Richtlinie 2014/24/EU, Art. 48)."
    ),
    "market-3.text": (
        "Wir wissen, wie wir vor einer Ausschreibung mit Anbietern sprechen können, ohne gegen den "
        "Gleichbehandlungsgrundsatz zu verstoßen."
    ),
    "market-3.guidance": (
        "Stimmen Sie zu, wenn die Beschäftigten ihre Kontakte mit Anbietern dokumentieren, das "
        "Besprochene allen Bietern zugänglich machen und ausreichend Zeit für Antworten geben "
        "(Richtlinie 2014/24/EU, Art. 41), statt Anbieter aus Angst vor einer Rüge zu meiden."
    ),
    "market-4.text": (
        "Wir erreichen auch andere als die üblichen Anbieter, etwa Start-ups und Unternehmen aus "
        "anderen Branchen."
    ),
    "market-4.guidance": (
        "Stimmen Sie zu, wenn Ihre Marktkonsultationen und Ausschreibungen über Kanäle bekannt "
        "gemacht werden, die neue Anbieter verfolgen, zum Beispiel Innovationsagenturen, Cluster, "
        "Wirtschaftsverbände oder Matchmaking-Veranstaltungen."
    ),
    "market-5.text": (
        "Wir teilen große Aufträge in Lose auf oder lassen Bietergemeinschaften zu, damit kleine "
        "Unternehmen teilnehmen können."
    ),
    "market-5.guidance": (
        "Stimmen Sie zu, wenn Sie bei jedem großen Auftrag eine Losaufteilung prüfen und "
        "begründen, wenn Sie darauf verzichten (Richtlinie 2014/24/EU, Art. 46), und wenn Ihre "
        "Eignungskriterien es kleinen Unternehmen ermöglichen, gemeinsam anzubieten oder sich auf "
        "die Kapazitäten von Partnern zu stützen (Art. 19 und 63)."
    ),
    "market-6.text": (
        "Nach jeder Ausschreibung geben wir den unterlegenen Bietern eine klare Rückmeldung."
    ),
    "market-6.guidance": (
        "Stimmen Sie zu, wenn Bieter erfahren, warum ihr Angebot nicht zum Zuge kam und was das "
        "erfolgreiche Angebot besser gemacht hat (Richtlinie 2014/24/EU, Art. 55), zum Beispiel in "
        "einem Schreiben oder einem kurzen Gespräch, damit sie sich beim nächsten Mal verbessern "
        "können."
    ),
    "risk.name": "Risiko, Budget und Business Case",
    "risk.description": (
        "Ob die Organisation Kosten, Nutzen und Risiken einer neuen Lösung abwägt und über das "
        "Geld und die vertraglichen Instrumente verfügt, um eine solche Lösung zu erproben."
    ),
    "risk.recommendation": (
        "1. Erstellen Sie vor der nächsten Ausschreibung für eine neue Lösung einen Business Case, "
        "der sie über ihre gesamte Lebensdauer mit der bisherigen Arbeitsweise vergleicht.\n"
        "2. Listen Sie die wichtigsten technischen, rechtlichen, finanziellen und nutzerbezogenen "
        "Risiken auf und benennen Sie für jedes eine verantwortliche Person und eine Maßnahme, um "
        "es zu verringern.\n"
        "3. Schlagen Sie eine Haushaltsposition für Pilotprojekte vor oder suchen Sie in den "
        "Förderangeboten auf dieser Plattform nach EU- oder nationalen Fördermitteln für "
        "innovative Beschaffung.\n"
        "4. Bauen Sie Entscheidungspunkte (Stage Gates) in den Vertrag ein: eine Pilotphase mit "
        "klaren Zielen und das Recht, danach auszusteigen."
    ),
    "risk-1.text": (
        "Vor einer Ausschreibung für eine neue Lösung erstellen wir einen Business Case, der sie "
        "mit der bisherigen Arbeitsweise vergleicht."
    ),
    "risk-1.guidance": (
        "Stimmen Sie zu, wenn ein schriftlicher Business Case Kosten, Nutzen und Risiken der neuen "
        "Lösung dem Weitermachen wie bisher gegenüberstellt, zum Beispiel intelligente "
        "Straßenbeleuchtung gegenüber dem gleichartigen Ersatz der alten Leuchten."
    ),
    "risk-2.text": (
        "Wir ermitteln die wichtigsten Risiken einer Beschaffung und planen, wie wir jedes davon "
        "verringern."
    ),
    "risk-2.guidance": (
        "Stimmen Sie zu, wenn es für jede innovative Beschaffung eine Risikoliste gibt, die "
        "technische, rechtliche und finanzielle Risiken sowie das Risiko mangelnder Akzeptanz bei "
        "den Nutzern abdeckt, mit einer verantwortlichen Person und einer Gegenmaßnahme für jedes "
        "Risiko, und wenn die Liste im Laufe des Projekts fortgeschrieben wird."
    ),
    "risk-3.text": (
        "Unsere Business Cases berücksichtigen die Kosten über die gesamte Lebensdauer einer "
        "Lösung, nicht nur den Anschaffungspreis."
    ),
    "risk-3.guidance": (
        "Stimmen Sie zu, wenn Sie Betriebs-, Wartungs-, Energie- und Entsorgungskosten einbeziehen "
        "und dieselbe Methode nutzen können, um Angebote anhand der Lebenszykluskosten zu "
        "vergleichen (Richtlinie 2014/24/EU, Art. 68)."
    ),
    "risk-4.text": (
        "Wir verfügen über Mittel, mit denen wir eine neue Lösung vor einer vollständigen "
        "Beschaffung erproben können."
    ),
    "risk-4.guidance": (
        "Stimmen Sie zu, wenn für Erprobungen eine Haushaltsposition, ein Pilotfonds oder eine "
        "externe Finanzierung zur Verfügung steht, zum Beispiel aus einem EU-Programm oder von "
        "einer nationalen Innovationsagentur, ohne dass laufenden Leistungen Geld entzogen wird."
    ),
    "risk-5.text": (
        "Unsere Verträge für neue Lösungen sehen Entscheidungspunkte, Pilotphasen oder eine "
        "leistungsabhängige Vergütung vor."
    ),
    "risk-5.guidance": (
        "Stimmen Sie zu, wenn Sie die Verträge nach einer Phase, die ihre Ziele verfehlt, beenden "
        "oder anpassen können, wie es eine Innovationspartnerschaft erlaubt (Richtlinie "
        "2014/24/EU, Art. 31(2)), oder wenn ein Teil der Vergütung an gemessene Ergebnisse "
        "gekoppelt ist."
    ),
    "skills.name": "Kompetenzen und Organisation",
    "skills.description": (
        "Ob die Organisation über die Menschen, die Zeit, die Teams und die Werkzeuge verfügt, um "
        "Beschaffungen neuer Lösungen vorzubereiten und durchzuführen."
    ),
    "skills.recommendation": (
        "1. Benennen Sie eine Ansprechperson für innovative Beschaffung und geben Sie ihr Zeit "
        "dafür.\n"
        "2. Schicken Sie Beschäftigte aus Vergabe, Rechtsabteilung und Technik gemeinsam zu einer "
        "Schulung zu innovativer Beschaffung und teilen Sie das Gelernte.\n"
        "3. Bilden Sie für die nächste Beschaffung einer neuen Lösung von Anfang an ein Team mit "
        "Know-how aus Vergabe, Recht, Technik und Nutzung.\n"
        "4. Legen Sie die Vergabeunterlagen und Erkenntnisse jedes Projekts an einem gemeinsamen "
        "Ort ab und nutzen Sie die Vorlagen dieser Bibliothek als Ausgangspunkt."
    ),
    "skills-1.text": (
        "Unsere Beschäftigten in der Vergabe wurden in den letzten zwei Jahren zu innovativer "
        "Beschaffung geschult."
    ),
    "skills-1.guidance": (
        "Stimmen Sie zu, wenn zumindest einige der Beschäftigten, die Ausschreibungen vorbereiten, "
        "einen Kurs, eine Webinarreihe oder einen kollegialen Austausch zu diesem Thema besucht "
        "haben, zum Beispiel ein Angebot eines nationalen Kompetenzzentrums oder eines EU-Projekts."
    ),
    "skills-2.text": (
        "Für jede Beschaffung einer neuen Lösung gibt es ein Team, das Know-how aus Vergabe, "
        "Recht, Technik und Nutzung zusammenbringt."
    ),
    "skills-2.guidance": (
        "Stimmen Sie zu, wenn ein solches Team zu Beginn gebildet wird und nicht erst, wenn die "
        "Ausschreibung bereits geschrieben ist, zum Beispiel eine Vergabefachkraft, eine Juristin, "
        "ein Ingenieur und eine Fachbereichsleitung, die sich ab der Bedarfsermittlung regelmäßig "
        "treffen."
    ),
    "skills-3.text": (
        "Wir wissen, wo wir fachliche Unterstützung für innovative Beschaffung bekommen."
    ),
    "skills-3.guidance": (
        "Stimmen Sie zu, wenn die Beschäftigten wissen, an wen sie sich wenden können, zum "
        "Beispiel an ein nationales Kompetenzzentrum für innovative Beschaffung, eine "
        "Innovationsagentur oder eine Hochschule; der Leitfaden der Kommission für die "
        "innovationsfördernde öffentliche Auftragsvergabe empfiehlt solche Kompetenzzentren."
    ),
    "skills-4.text": (
        "Unsere Beschäftigten haben feste Zeit, um Beschaffungen neuer Lösungen vorzubereiten, "
        "nicht nur Routineausschreibungen."
    ),
    "skills-4.guidance": (
        "Stimmen Sie zu, wenn die Arbeitsplanung Raum für die längere Vorbereitung lässt, die "
        "solche Beschaffungen erfordern, zum Beispiel durch eine benannte Ansprechperson für "
        "innovative Beschaffung mit dafür reservierten Stunden."
    ),
    "skills-5.text": (
        "Wir bewahren Vorlagen und Beispiele aus früheren Beschaffungen so auf, dass Kolleginnen "
        "und Kollegen sie finden und wiederverwenden können."
    ),
    "skills-5.guidance": (
        "Stimmen Sie zu, wenn ein gemeinsamer Ordner oder eine Intranetseite frühere "
        "Bekanntmachungen von Marktkonsultationen, Leistungsbeschreibungen, Bewertungsmatrizen und "
        "Vertragsklauseln enthält, jeweils mit einem Vermerk, was sich bewährt hat."
    ),
    "cooperation.name": "Zusammenarbeit und Netzwerke",
    "cooperation.description": (
        "Wie die Organisation bei innovativer Beschaffung mit ihren eigenen Fachbereichen, anderen "
        "öffentlichen Auftraggebern und lokalen Innovationsakteuren zusammenarbeitet."
    ),
    "cooperation.recommendation": (
        "1. Suchen Sie auf dieser Plattform zwei Organisationen, die bereits beschafft haben, was "
        "Sie beschaffen möchten, und bitten Sie sie um ein einstündiges Gespräch.\n"
        "2. Treten Sie dem BSR Cities Network und einem nationalen Netzwerk öffentlicher "
        "Auftraggeber bei und stellen Sie dort eine Ihrer eigenen Ausschreibungen vor.\n"
        "3. Bringen Sie die Fachbereiche zusammen, die einen gemeinsamen Bedarf haben, etwa "
        "Energie in Schulen und in Verwaltungsgebäuden, bevor jeder für sich allein beschafft.\n"
        "4. Erwägen Sie eine gemeinsame Beschaffung mit Nachbarkommunen oder über eine zentrale "
        "Beschaffungsstelle, um Aufwand und Risiko zu teilen (Richtlinie 2014/24/EU, Art. 37–39)."
    ),
    "cooperation-1.text": (
        "Wir tauschen uns mit anderen öffentlichen Auftraggebern über Erfahrungen mit innovativer "
        "Beschaffung aus."
    ),
    "cooperation-1.guidance": (
        "Stimmen Sie zu, wenn sich die Beschäftigten regelmäßig mit Fachkolleginnen und -kollegen "
        "im In- oder Ausland über deren Beschaffungen austauschen, zum Beispiel in einem "
        "Städtenetzwerk oder einem EU-Projekt, und das Gelernte nutzen."
    ),
    "cooperation-2.text": (
        "Unsere Fachbereiche arbeiten bei gemeinsamen Bedarfen zusammen, statt jeweils allein zu "
        "beschaffen."
    ),
    "cooperation-2.guidance": (
        "Stimmen Sie zu, wenn Fachbereiche mit einem ähnlichen Bedarf gemeinsam eine Beschaffung "
        "vorbereiten, zum Beispiel wenn Schulverwaltung und Gebäudemanagement ein gemeinsames "
        "Energiemanagementsystem für Schulen und Verwaltungsgebäude beschaffen."
    ),
    "cooperation-3.text": (
        "Wir haben gemeinsam mit anderen öffentlichen Auftraggebern beschafft oder eine gemeinsame "
        "Beschaffung vorbereitet."
    ),
    "cooperation-3.guidance": (
        "Stimmen Sie zu, wenn Sie sich an einer gemeinsamen Beschaffung beteiligt haben – mit "
        "Nachbarkommunen, über eine zentrale Beschaffungsstelle oder grenzüberschreitend "
        "(Richtlinie 2014/24/EU, Art. 37–39) –, um Aufwand und Risiko zu teilen."
    ),
    "cooperation-4.text": (
        "Bei der Vorbereitung von Beschaffungen arbeiten wir mit lokalen Innovationsakteuren wie "
        "Hochschulen, Innovationsagenturen oder Clustern zusammen."
    ),
    "cooperation-4.guidance": (
        "Stimmen Sie zu, wenn solche Partner Ihnen helfen, den Bedarf oder den Markt zu verstehen, "
        "zum Beispiel eine Hochschule, die eine Lösung in einem Reallabor testet, oder ein "
        "Cluster, das seine Mitglieder zu einer Marktkonsultation einlädt."
    ),
    "cooperation-5.text": (
        "Wir stellen unsere eigenen Vergabeunterlagen und Ergebnisse anderen Auftraggebern zur "
        "Verfügung, damit sie diese wiederverwenden können."
    ),
    "cooperation-5.guidance": (
        "Stimmen Sie zu, wenn Sie Leistungsbeschreibungen, Bewertungsmatrizen und Erkenntnisse aus "
        "Ihren Beschaffungen veröffentlichen oder weitergeben, zum Beispiel als Beispiel guter "
        "Praxis auf dieser Plattform."
    ),
    "users.name": "Beteiligung von Nutzern sowie Bürgerinnen und Bürgern",
    "users.description": (
        "Wie Bürgerinnen und Bürger sowie die Menschen, die eine Leistung nutzen, an der "
        "Festlegung, Erprobung und Bewertung neuer Lösungen mitwirken."
    ),
    "users.recommendation": (
        "1. Fragen Sie vor der nächsten Beschaffung einer neuen Leistung die Menschen, die sie "
        "nutzen, was heute schlecht funktioniert – in Interviews, mit einer Umfrage oder in einem "
        "Workshop.\n"
        "2. Probieren Sie einen Co-Creation-Workshop mit Bürgerinnen und Bürgern, Unternehmen und "
        "Forschenden zu einer lokalen Herausforderung aus und nutzen Sie dafür das "
        "CityLab-Material in dieser Bibliothek.\n"
        "3. Planen Sie einen Test mit echten Nutzern, bevor Sie eine neue Lösung breit einführen, "
        "und legen Sie vorab fest, was Sie messen wollen.\n"
        "4. Prüfen Sie, ob Ihre Spezifikationen Anforderungen an die Barrierefreiheit enthalten "
        "(Richtlinie 2014/24/EU, Art. 42(1)).\n"
        "5. Teilen Sie den Beteiligten mit, was sich durch ihre Beiträge verändert hat."
    ),
    "users-1.text": (
        "Wir beziehen Bürgerinnen und Bürger oder die Nutzer einer Leistung ein, wenn wir das "
        "Problem festlegen, das eine Beschaffung lösen soll."
    ),
    "users-1.guidance": (
        "Stimmen Sie zu, wenn die Sicht der Nutzer den Bedarf prägt, zum Beispiel durch Interviews "
        "mit Fahrgästen vor einer Ausschreibung im Mobilitätsbereich oder eine Elternbefragung vor "
        "der Vergabe der Schulverpflegung."
    ),
    "users-2.text": (
        "Wir nutzen Co-Creation-Methoden mit Bürgerinnen und Bürgern, Unternehmen und Forschenden "
        "zu lokalen Herausforderungen."
    ),
    "users-2.guidance": (
        "Stimmen Sie zu, wenn Sie Workshops oder ein Reallabor durchgeführt haben, in denen diese "
        "Gruppen gemeinsam an einer echten Herausforderung gearbeitet haben, zum Beispiel ein "
        "CityLab zu sichereren Schulwegen für Kinder, die zu Fuß gehen."
    ),
    "users-3.text": (
        "Nutzer testen eine neue Lösung unter realen Bedingungen, bevor wir über ihre breite "
        "Einführung entscheiden."
    ),
    "users-3.guidance": (
        "Stimmen Sie zu, wenn einer breiten Einführung ein Pilotprojekt mit echten Nutzern "
        "vorausgeht, zum Beispiel eine Pflege-App, die eine Gruppe von Pflegebedürftigen in der "
        "ambulanten Pflege und Pflegekräften erprobt hat, wobei ihre Rückmeldungen dokumentiert "
        "wurden."
    ),
    "users-4.text": (
        "Unsere Spezifikationen enthalten Anforderungen an die Barrierefreiheit für Menschen mit "
        "Behinderungen."
    ),
    "users-4.guidance": (
        "Stimmen Sie zu, wenn Barrierefreiheit oder Design für Alle Teil jeder Spezifikation für "
        "etwas ist, das Menschen nutzen werden (Richtlinie 2014/24/EU, Art. 42(1)), zum Beispiel "
        "durch einen Verweis auf die europäische Norm EN 301 549 für digitale Dienste."
    ),
    "users-5.text": (
        "Wir teilen Bürgerinnen und Bürgern sowie Nutzern mit, wie ihre Beiträge die Beschaffung "
        "verändert haben."
    ),
    "users-5.guidance": (
        "Stimmen Sie zu, wenn die Beteiligten eine Rückmeldung erhalten, zum Beispiel in einer "
        "kurzen Mitteilung auf der Website der Stadt oder bei einem Folgetreffen, welche ihrer "
        "Ideen aufgegriffen wurden und warum andere nicht."
    ),
    "impact.name": "Wirkungsmessung und Skalierung",
    "impact.description": (
        "Ob die Organisation misst, was neue Lösungen bewirken, den Vertrag daraufhin steuert und "
        "Erfolgreiches ausweitet."
    ),
    "impact.recommendation": (
        "1. Legen Sie für die nächste Beschaffung einer neuen Lösung drei bis fünf Indikatoren "
        "fest und messen Sie deren heutige Werte vor der Ausschreibung.\n"
        "2. Planen Sie, wie die Ergebnisse während der Vertragslaufzeit gemessen werden und wer "
        "der Verwaltungsspitze darüber berichtet.\n"
        "3. Nehmen Sie Optionen oder Überprüfungsklauseln in den Vertrag auf, damit eine "
        "erfolgreiche Lösung ohne neue Ausschreibung ausgeweitet werden kann (Richtlinie "
        "2014/24/EU, Art. 72(1)(a)).\n"
        "4. Veröffentlichen Sie die Ergebnisse, auch das, was nicht funktioniert hat, als Beispiel "
        "guter Praxis auf dieser Plattform."
    ),
    "impact-1.text": (
        "Vor einer Ausschreibung legen wir Indikatoren fest und messen die Ausgangswerte für die "
        "erwarteten Ergebnisse."
    ),
    "impact-1.guidance": (
        "Stimmen Sie zu, wenn Sie die heutigen Werte dessen kennen, was die Lösung verbessern "
        "soll, zum Beispiel den Energieverbrauch eines Gebäudes oder die Wartezeit auf eine "
        "Leistung, und das Ziel schriftlich festgehalten haben."
    ),
    "impact-2.text": (
        "Nach einem Pilotprojekt oder Vertrag messen wir die Ergebnisse an unseren Zielen und "
        "berichten sie der Verwaltungsspitze."
    ),
    "impact-2.guidance": (
        "Stimmen Sie zu, wenn eine schriftliche Auswertung die Ergebnisse mit den Ausgangswerten "
        "und Zielen vergleicht, zum Beispiel ein Bericht an den Rat nach dem ersten Jahr einer "
        "neuen Leistung."
    ),
    "impact-3.text": (
        "Während der Vertragslaufzeit überwachen wir die Leistung des Auftragnehmers und gehen "
        "Probleme frühzeitig an."
    ),
    "impact-3.guidance": (
        "Stimmen Sie zu, wenn eine benannte Vertragsmanagerin oder ein benannter Vertragsmanager "
        "die vereinbarten Leistungskennzahlen in regelmäßigen Gesprächen mit dem Auftragnehmer "
        "überprüft und die Vereinbarungen festhält."
    ),
    "impact-4.text": (
        "Wenn ein Pilotprojekt funktioniert, haben wir einen Weg, über eine breitere Nutzung zu "
        "entscheiden und sie zu finanzieren."
    ),
    "impact-4.guidance": (
        "Stimmen Sie zu, wenn der Vertrag oder die Planung den nächsten Schritt vorsieht, zum "
        "Beispiel eine Option, die Lösung auf weitere Standorte auszuweiten (Richtlinie "
        "2014/24/EU, Art. 72(1)(a)), oder die Erwerbsphase einer Innovationspartnerschaft (Art. "
        "31)."
    ),
    "impact-5.text": (
        "Wir veröffentlichen die Ergebnisse unserer innovativen Beschaffungen, auch das, was nicht "
        "funktioniert hat."
    ),
    "impact-5.guidance": (
        "Stimmen Sie zu, wenn die Ergebnisse öffentlich sind, damit andere Auftraggeber daraus "
        "lernen können, zum Beispiel als Fallstudie auf Ihrer Website oder als Beispiel guter "
        "Praxis auf dieser Plattform."
    ),
}
