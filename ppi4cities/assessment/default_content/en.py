"""The default readiness questionnaire, in English: nine dimensions of statements, with advice.

Each statement is something a respondent agrees or disagrees with about their own organisation;
its guidance says what agreement looks like in practice. The statement marked ``in_short`` is the
one that tells most about its dimension: together they make the short, five-minute variant.
Stage codes are those of the knowledge library, so recommendations can point to its resources.
"""

SLUG = "ppi-readiness"
NAME = "Readiness for innovation procurement"
DESCRIPTION = (
    "How ready your organisation is to buy new and better solutions through public procurement, "
    "in nine dimensions based on the OECD framework for strategic procurement, the INNLOCAL "
    "self-assessment for municipalities and the European Commission's guidance on innovation "
    "procurement. Answer for your organisation as it works today, not as it plans to."
)
SCALE = [
    (1, "Strongly disagree"),
    (2, "Disagree"),
    (3, "Neither agree nor disagree"),
    (4, "Agree"),
    (5, "Strongly agree"),
]

DIMENSIONS = [
    {
        "code": "strategy",
        "name": "Strategy and leadership",
        "description": (
            "Whether innovation procurement is part of the organisation's goals and plans, and "
            "whether its leaders support it in practice."
        ),
        "recommendation": (
            "1. Ask management to name innovation procurement in the next procurement strategy, "
            "climate plan or digital strategy, as a way to reach goals the organisation already "
            "has.\n"
            "2. Write a short action plan: which needs to address first, who owns each step, and "
            "when management will review progress.\n"
            "3. Go through next year's procurement plan with the departments and mark two or "
            "three purchases where a new solution could do better than the usual one.\n"
            "4. Agree with management, in writing, how a pilot that does not work out will be "
            "handled, so that staff are not afraid to try."
        ),
        "resource_query": "innovation procurement strategy",
        "stages": ["needs", "business-case"],
        "weight": 1,
        "statements": [
            {
                "code": "strategy-1",
                "text": (
                    "Our organisation's strategy or procurement policy names innovation "
                    "procurement as a way to reach its goals."
                ),
                "guidance": (
                    "Agree if a document approved by the council or management says that the "
                    "organisation will buy new solutions to meet its goals, for example a "
                    "procurement strategy that links purchases to the city's climate targets. "
                    "The European Commission's guidance on innovation procurement (C(2021) 4320) "
                    "recommends such a policy commitment."
                ),
                "in_short": True,
                "weight": 2,
            },
            {
                "code": "strategy-2",
                "text": (
                    "We have an action plan for innovation procurement with named owners, "
                    "targets and a timetable."
                ),
                "guidance": (
                    "Agree if the plan says who does what by when, for example that the "
                    "procurement unit will run one pilot procurement a year and report to "
                    "management each autumn."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "strategy-3",
                "text": (
                    "Our senior management has openly backed at least one procurement of a new "
                    "solution."
                ),
                "guidance": (
                    "Agree if a mayor, director or head of department has presented or defended "
                    "such a procurement, for example by taking a pilot to the council or "
                    "signing off the challenge it addresses."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "strategy-4",
                "text": (
                    "When a pilot does not deliver what we hoped, our managers treat it as a "
                    "lesson, not as a mistake by the staff involved."
                ),
                "guidance": (
                    "Agree if staff who ran a well-prepared procurement that did not work out "
                    "were not blamed, and the lessons were discussed openly, for example in a "
                    "management meeting or a short written review."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "strategy-5",
                "text": (
                    "Each year we check our planned purchases for chances to buy a new or "
                    "better solution."
                ),
                "guidance": (
                    "Agree if the annual procurement plan is reviewed for this before tenders "
                    "are prepared, for example by marking contracts that expire soon and asking "
                    "whether the need could be met in a new way."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
    {
        "code": "legal",
        "name": "Legal and procedural know-how",
        "description": (
            "How well the organisation knows and uses the procedures and contract terms that "
            "public procurement law offers for buying new solutions."
        ),
        "recommendation": (
            "1. Give procurement and legal staff a short briefing on the procedures for new "
            "solutions: competitive procedure with negotiation, competitive dialogue and "
            "innovation partnership (Directive 2014/24/EU, art. 29–31).\n"
            "2. Read how another buyer in your country used one of these procedures, and ask "
            "them what they would do differently.\n"
            "3. Agree with your legal advisers on standard clauses for intellectual property "
            "rights and for award criteria based on quality as well as price.\n"
            "4. Ask your national competence centre or procurement authority for guidance on the "
            "national rules below the EU thresholds."
        ),
        "resource_query": "innovation partnership procedure",
        "stages": ["tender-documents", "procedure-evaluation"],
        "weight": 1,
        "statements": [
            {
                "code": "legal-1",
                "text": (
                    "Our procurement staff know when we may use the competitive procedure with "
                    "negotiation, competitive dialogue or innovation partnership."
                ),
                "guidance": (
                    "Agree if staff can explain that these procedures fit needs that call for "
                    "design, adaptation or development of new solutions (Directive 2014/24/EU, "
                    "art. 26(4), 29, 30 and 31), and which one suits a given need."
                ),
                "in_short": True,
                "weight": 2,
            },
            {
                "code": "legal-2",
                "text": (
                    "We have used a procedure other than the open procedure to buy a new or "
                    "adapted solution."
                ),
                "guidance": (
                    "Agree if you have run at least one such procurement, for example a "
                    "competitive dialogue for a digital service or an innovation partnership to "
                    "develop and then buy a solution that the market did not yet offer."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "legal-3",
                "text": (
                    "Our legal advisers help us find how the rules allow what we want to do, "
                    "not only what they forbid."
                ),
                "guidance": (
                    "Agree if lawyers take part early in preparing a procurement and propose "
                    "lawful ways forward, for example how to hold supplier meetings that respect "
                    "equal treatment instead of advising against meeting suppliers at all."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "legal-4",
                "text": (
                    "We know the difference between pre-commercial procurement and procurement "
                    "of innovative solutions, and when each one fits."
                ),
                "guidance": (
                    "Agree if staff know that pre-commercial procurement buys research and "
                    "development in competing phases, outside the directive when the buyer does "
                    "not keep all the benefits (Directive 2014/24/EU, art. 14), while procurement "
                    "of innovative solutions buys solutions that are new but close to the market."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "legal-5",
                "text": (
                    "Our tender documents set terms on intellectual property rights that fit "
                    "what we buy."
                ),
                "guidance": (
                    "Agree if you decide the allocation of rights for each procurement instead "
                    "of copying a standard clause, for example leaving ownership with the "
                    "supplier while the buyer keeps a licence to use and adapt the results, as "
                    "the Commission's guidance on innovation procurement discusses."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "legal-6",
                "text": "We award contracts for new solutions on quality as well as price.",
                "guidance": (
                    "Agree if your award criteria weigh quality, for example functional, "
                    "environmental or innovative characteristics, alongside price or life-cycle "
                    "cost (Directive 2014/24/EU, art. 67), so that a better solution can win."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
    {
        "code": "needs",
        "name": "Needs assessment",
        "description": (
            "How the organisation finds out and describes what it needs before it decides "
            "what to buy."
        ),
        "recommendation": (
            "1. For the next purchase, write one page on the problem to be solved and the result "
            "you need, before anyone names a product.\n"
            "2. Hold a workshop with the staff and residents who will use the solution, and "
            "note what works badly today and why.\n"
            "3. Gather the facts of the current situation: costs, service levels and complaints, "
            "so that you can later show what changed.\n"
            "4. Check what already exists: other cities' pilots in this library, research results "
            "and patent databases.\n"
            "5. Turn the need into performance or functional requirements, and allow variants "
            "where it makes sense."
        ),
        "resource_query": "needs assessment",
        "stages": ["needs", "tender-documents"],
        "weight": 1,
        "statements": [
            {
                "code": "needs-1",
                "text": (
                    "Before a tender, we describe the problem to be solved and the result we "
                    "need, not a specific product."
                ),
                "guidance": (
                    "Agree if the first document of a procurement states the problem, for "
                    'example "too many missed home-care visits in winter", rather than a '
                    'product such as "12 electric vans".'
                ),
                "in_short": True,
                "weight": 2,
            },
            {
                "code": "needs-2",
                "text": "We involve the staff who will use a solution in describing the need.",
                "guidance": (
                    "Agree if the people who will work with the solution take part in writing "
                    "the need, for example school caretakers for a building energy system or "
                    "nurses for a care service."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "needs-3",
                "text": (
                    "We gather facts about the current situation before deciding what to buy."
                ),
                "guidance": (
                    "Agree if you collect data such as current costs, service levels, energy use "
                    "or complaints, so that the need is based on evidence and the result can be "
                    "compared later."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "needs-4",
                "text": (
                    "We check which solutions, research results and patents already exist "
                    "before we define the need."
                ),
                "guidance": (
                    "Agree if you search before you specify, for example other buyers' pilots, "
                    "results of EU-funded research in CORDIS and patent databases such as "
                    "Espacenet, so you neither ask for the impossible nor miss what is available."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "needs-5",
                "text": (
                    "Our technical specifications set performance or functional requirements, "
                    "leaving suppliers room to propose how to meet them."
                ),
                "guidance": (
                    "Agree if specifications say what the solution must achieve, for example "
                    '"keep indoor temperature between set limits at lower energy use", rather '
                    "than how (Directive 2014/24/EU, art. 42(3)(a)), and variants are allowed "
                    "where useful (art. 45)."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
    {
        "code": "market",
        "name": "Market engagement",
        "description": (
            "How the organisation talks to suppliers before and during a tender, and whether "
            "small and new companies can take part."
        ),
        "recommendation": (
            "1. Hold an open market consultation before the next tender for a new need: publish "
            "a prior information notice that describes the problem, invite written answers and "
            "hold an information day (Directive 2014/24/EU, art. 40).\n"
            "2. Keep a record of every contact with suppliers and share the information given "
            "with all bidders, so that no one gains an advantage (art. 41).\n"
            "3. Publish your procurement plan for the coming year on your website.\n"
            "4. Ask your innovation agency, clusters or business associations to pass your "
            "challenge on to start-ups and small companies.\n"
            "5. Split large contracts into lots where possible, and where you do not, state "
            "the reasons in the procurement documents (art. 46)."
        ),
        "resource_query": "market consultation",
        "stages": ["market-consultation", "procedure-evaluation"],
        "weight": 1,
        "statements": [
            {
                "code": "market-1",
                "text": (
                    "We hold an open market consultation before tenders for new or complex needs."
                ),
                "guidance": (
                    "Agree if you regularly consult the market openly before such tenders, for "
                    "example by publishing a prior information notice, holding an information "
                    "day and inviting written answers (Directive 2014/24/EU, art. 40)."
                ),
                "in_short": True,
                "weight": 2,
            },
            {
                "code": "market-2",
                "text": "We publish our planned purchases early enough for suppliers to prepare.",
                "guidance": (
                    "Agree if suppliers can learn of upcoming tenders months ahead, for example "
                    "from a procurement plan on your website or a prior information notice "
                    "(Directive 2014/24/EU, art. 48)."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "market-3",
                "text": (
                    "We know how to talk to suppliers before a tender without breaking the rule "
                    "of equal treatment."
                ),
                "guidance": (
                    "Agree if staff record their contacts with suppliers, share what was said "
                    "with all bidders and give enough time to respond (Directive 2014/24/EU, "
                    "art. 41), rather than avoiding suppliers for fear of a complaint."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "market-4",
                "text": (
                    "We reach suppliers beyond the usual ones, such as start-ups and companies "
                    "from other sectors."
                ),
                "guidance": (
                    "Agree if your consultations and tenders are announced through channels "
                    "that new suppliers follow, for example innovation agencies, clusters, "
                    "business associations or matchmaking events."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "market-5",
                "text": (
                    "We divide large contracts into lots or accept joint bids, so that small "
                    "companies can take part."
                ),
                "guidance": (
                    "Agree if you consider lots for each large contract and explain when you do "
                    "not use them (Directive 2014/24/EU, art. 46), and your selection criteria "
                    "let small companies bid together or rely on partners (art. 19 and 63)."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "market-6",
                "text": "After each tender, we give unsuccessful bidders clear feedback.",
                "guidance": (
                    "Agree if bidders learn why their offer lost and what the winning offer did "
                    "better (Directive 2014/24/EU, art. 55), for example in a letter or a short "
                    "meeting, so that they can improve next time."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
    {
        "code": "risk",
        "name": "Risk, budget and business case",
        "description": (
            "Whether the organisation weighs costs, benefits and risks of a new solution and "
            "has the money and contract tools to try one."
        ),
        "recommendation": (
            "1. Before the next tender for a new solution, write a business case that compares "
            "it with the current way of working over the whole life of the solution.\n"
            "2. List the main technical, legal, financial and user risks, and for each one "
            "name an owner and a way to reduce it.\n"
            "3. Propose a budget line for pilots, or look for EU or national funding for "
            "innovation procurement in the funding opportunities on this platform.\n"
            "4. Build stage gates into the contract: a pilot phase with clear targets, and the "
            "right to stop after it."
        ),
        "resource_query": "business case risk",
        "stages": ["business-case", "contract-implementation"],
        "weight": 1,
        "statements": [
            {
                "code": "risk-1",
                "text": (
                    "Before a tender for a new solution, we prepare a business case that "
                    "compares it with the current way of working."
                ),
                "guidance": (
                    "Agree if a written business case sets out costs, benefits and risks of the "
                    "new solution against carrying on as now, for example for smart street "
                    "lighting against replacing the old lamps like for like."
                ),
                "in_short": True,
                "weight": 2,
            },
            {
                "code": "risk-2",
                "text": (
                    "We identify the main risks of a procurement and plan how to reduce each one."
                ),
                "guidance": (
                    "Agree if each innovation procurement has a risk list, covering technical, "
                    "legal, financial and user acceptance risks, with an owner and a response "
                    "for each, reviewed as the project moves on."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "risk-3",
                "text": (
                    "Our business cases count the costs over the whole life of a solution, not "
                    "only the purchase price."
                ),
                "guidance": (
                    "Agree if you include operation, maintenance, energy and end-of-life costs, "
                    "and can use the same method to compare offers on life-cycle cost "
                    "(Directive 2014/24/EU, art. 68)."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "risk-4",
                "text": ("We have money we can use to test a new solution before a full purchase."),
                "guidance": (
                    "Agree if a budget line, a pilot fund or external funding is available for "
                    "trials, for example from an EU programme or a national innovation agency, "
                    "without taking money from running services."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "risk-5",
                "text": (
                    "Our contracts for new solutions use stage gates, pilot phases or payment "
                    "linked to performance."
                ),
                "guidance": (
                    "Agree if contracts let you stop or adjust after a phase that misses its "
                    "targets, as an innovation partnership allows (Directive 2014/24/EU, "
                    "art. 31(2)), or tie part of the payment to measured results."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
    {
        "code": "skills",
        "name": "Skills and organisation",
        "description": (
            "Whether the organisation has the people, time, teams and tools to prepare and run "
            "procurements of new solutions."
        ),
        "recommendation": (
            "1. Name a contact person for innovation procurement and give them time for it.\n"
            "2. Send procurement, legal and technical staff together to a training course on "
            "innovation procurement, and share what they learn.\n"
            "3. For the next procurement of a new solution, form a team with procurement, legal, "
            "technical and user know-how from the start.\n"
            "4. Keep the tender documents and lessons of each project in one shared place, and "
            "use this library's templates as a starting point."
        ),
        "resource_query": "innovation procurement training",
        "stages": ["tender-documents", "procedure-evaluation"],
        "weight": 1,
        "statements": [
            {
                "code": "skills-1",
                "text": (
                    "Our procurement staff have been trained in innovation procurement in the "
                    "last two years."
                ),
                "guidance": (
                    "Agree if at least some of the staff who prepare tenders have taken a course, "
                    "webinar series or peer exchange on the subject, for example one run by a "
                    "national competence centre or an EU project."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "skills-2",
                "text": (
                    "Each procurement of a new solution has a team that brings together "
                    "procurement, legal, technical and user know-how."
                ),
                "guidance": (
                    "Agree if such a team is formed at the start, not when the tender is already "
                    "written, for example a procurement officer, a lawyer, an engineer and a "
                    "service manager meeting from the needs assessment onwards."
                ),
                "in_short": True,
                "weight": 2,
            },
            {
                "code": "skills-3",
                "text": "We know where to get expert help with innovation procurement.",
                "guidance": (
                    "Agree if staff know whom to ask, for example a national competence centre "
                    "for innovation procurement, an innovation agency or a university; the "
                    "Commission's guidance on innovation procurement encourages such centres."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "skills-4",
                "text": (
                    "Our staff have time set aside to prepare procurements of new solutions, not "
                    "only routine tenders."
                ),
                "guidance": (
                    "Agree if work plans leave room for the longer preparation these need, for "
                    "example by naming a contact person for innovation procurement with hours "
                    "reserved for it."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "skills-5",
                "text": (
                    "We keep templates and examples from earlier procurements where colleagues "
                    "can find and reuse them."
                ),
                "guidance": (
                    "Agree if a shared folder or intranet page holds past market consultation "
                    "notices, specifications, evaluation grids and contract clauses, with a note "
                    "on what worked."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
    {
        "code": "cooperation",
        "name": "Cooperation and networks",
        "description": (
            "How the organisation works with its own departments, other public buyers and local "
            "innovation actors on innovation procurement."
        ),
        "recommendation": (
            "1. Find two organisations on this platform that have bought what you plan to buy, "
            "and ask them for an hour's call.\n"
            "2. Join the BSR Cities Network and a national network of public buyers, and share "
            "one of your own tenders there.\n"
            "3. Bring together the departments that share a need, such as energy in schools and "
            "in offices, before each buys alone.\n"
            "4. Consider buying jointly with neighbouring authorities, or through a central "
            "purchasing body, to share the effort and the risk (Directive 2014/24/EU, "
            "art. 37–39)."
        ),
        "resource_query": "joint procurement cooperation",
        "stages": ["needs", "market-consultation"],
        "weight": 1,
        "statements": [
            {
                "code": "cooperation-1",
                "text": (
                    "We exchange experience on innovation procurement with other public buyers."
                ),
                "guidance": (
                    "Agree if staff regularly meet or call peers in your country or abroad about "
                    "their procurements, for example in a network of cities or an EU project, "
                    "and use what they learn."
                ),
                "in_short": True,
                "weight": 1,
            },
            {
                "code": "cooperation-2",
                "text": (
                    "Our departments work together on shared needs instead of each buying alone."
                ),
                "guidance": (
                    "Agree if departments with a similar need prepare one procurement together, "
                    "for example the education and property departments buying one energy "
                    "management system for schools and offices."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "cooperation-3",
                "text": ("We have bought, or prepared to buy, together with other public buyers."),
                "guidance": (
                    "Agree if you have taken part in a joint procurement, with neighbouring "
                    "authorities, through a central purchasing body or across borders "
                    "(Directive 2014/24/EU, art. 37–39), to share effort and risk."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "cooperation-4",
                "text": (
                    "We work with local innovation actors, such as universities, innovation "
                    "agencies or clusters, when preparing procurements."
                ),
                "guidance": (
                    "Agree if such partners help you understand the need or the market, for "
                    "example a university testing a solution in a living lab or a cluster "
                    "inviting its members to a market consultation."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "cooperation-5",
                "text": (
                    "We share our own tender documents and results with other buyers so they "
                    "can reuse them."
                ),
                "guidance": (
                    "Agree if you publish or pass on specifications, evaluation grids and lessons "
                    "from your procurements, for example as a good practice on this platform."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
    {
        "code": "users",
        "name": "User and citizen involvement",
        "description": (
            "How residents and the people who use a service take part in defining, testing and "
            "judging new solutions."
        ),
        "recommendation": (
            "1. Before the next procurement of a new service, ask the people who use it what "
            "works badly today, through interviews, a survey or a workshop.\n"
            "2. Try a co-creation workshop with residents, companies and researchers on one "
            "local challenge, using the CityLab material in this library.\n"
            "3. Plan a test with real users before you roll out a new solution, and decide in "
            "advance what you will measure.\n"
            "4. Check that your specifications include accessibility requirements "
            "(Directive 2014/24/EU, art. 42(1)).\n"
            "5. Tell the people who took part what changed because of their input."
        ),
        "resource_query": "citizen involvement co-creation",
        "stages": ["needs", "contract-implementation"],
        "weight": 1,
        "statements": [
            {
                "code": "users-1",
                "text": (
                    "We involve residents or service users when we define the problem a "
                    "procurement should solve."
                ),
                "guidance": (
                    "Agree if users' views shape the need, for example interviews with bus "
                    "passengers before a mobility tender, or a survey of parents before buying "
                    "a school meals service."
                ),
                "in_short": True,
                "weight": 1,
            },
            {
                "code": "users-2",
                "text": (
                    "We use co-creation methods with residents, companies and researchers on "
                    "local challenges."
                ),
                "guidance": (
                    "Agree if you have run workshops or a living lab where these groups worked "
                    "together on a real challenge, for example a CityLab on safer walking routes "
                    "to school."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "users-3",
                "text": (
                    "Users test a new solution in real conditions before we decide to roll it out."
                ),
                "guidance": (
                    "Agree if a pilot with real users comes before a wide roll-out, for example "
                    "a care app tried by a group of home-care clients and staff, with their "
                    "feedback recorded."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "users-4",
                "text": (
                    "Our specifications include accessibility requirements for people with "
                    "disabilities."
                ),
                "guidance": (
                    "Agree if accessibility or design for all is part of every specification for "
                    "something people will use (Directive 2014/24/EU, art. 42(1)), for example "
                    "a reference to the European standard EN 301 549 for digital services."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "users-5",
                "text": ("We tell residents and users how their input changed the procurement."),
                "guidance": (
                    "Agree if participants hear back, for example through a short note on the "
                    "city website or at a follow-up meeting, about which of their ideas were "
                    "used and why others were not."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
    {
        "code": "impact",
        "name": "Impact measurement and scaling",
        "description": (
            "Whether the organisation measures what new solutions achieve, manages the "
            "contract towards that, and scales up what works."
        ),
        "recommendation": (
            "1. For the next procurement of a new solution, set three to five indicators and "
            "measure today's values before the tender.\n"
            "2. Plan how results will be measured during the contract, and who reports them "
            "to management.\n"
            "3. Include options or review clauses in the contract, so that a solution that "
            "works can be extended without a new tender (Directive 2014/24/EU, art. 72(1)(a)).\n"
            "4. Publish the results, including what did not work, as a good practice on this "
            "platform."
        ),
        "resource_query": "impact measurement scaling",
        "stages": ["contract-implementation", "impact-scaling"],
        "weight": 1,
        "statements": [
            {
                "code": "impact-1",
                "text": (
                    "Before a tender, we set indicators and measure the starting values for the "
                    "results we expect."
                ),
                "guidance": (
                    "Agree if you know today's figures for what the solution should improve, "
                    "for example energy use of a building or waiting time for a service, and "
                    "have written down the target."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "impact-2",
                "text": (
                    "After a pilot or contract, we measure the results against our targets and "
                    "report them to management."
                ),
                "guidance": (
                    "Agree if a written evaluation compares results with the starting values and "
                    "targets, for example a report to the council after the first year of a new "
                    "service."
                ),
                "in_short": True,
                "weight": 1,
            },
            {
                "code": "impact-3",
                "text": (
                    "During a contract, we monitor the supplier's performance and deal with "
                    "problems early."
                ),
                "guidance": (
                    "Agree if a named contract manager checks agreed performance indicators at "
                    "regular meetings with the supplier and records what was agreed."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "impact-4",
                "text": (
                    "When a pilot works, we have a way to decide on and pay for using it more "
                    "widely."
                ),
                "guidance": (
                    "Agree if the contract or plan provides for the next step, for example an "
                    "option to extend the solution to more sites (Directive 2014/24/EU, "
                    "art. 72(1)(a)) or the purchase phase of an innovation partnership (art. 31)."
                ),
                "in_short": False,
                "weight": 1,
            },
            {
                "code": "impact-5",
                "text": (
                    "We publish the results of our innovation procurements, including what did "
                    "not work."
                ),
                "guidance": (
                    "Agree if results are public so other buyers can learn from them, for "
                    "example a case study on your website or a good practice on this platform."
                ),
                "in_short": False,
                "weight": 1,
            },
        ],
    },
]
