namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Words that never belong to a person's name: organisation and place words, countries and cities, demonyms, dates and
/// the function words that are capitalised only because they start a sentence. A run of capitalised words holding one
/// of them ("Yonhap News Agency", "Korean Peninsula", "Getty Images") is not a person.
/// </summary>
public static class NonPersonWords
{
    /// <summary>
    /// The legal forms a firm's name ends with, which business news writes in capitals after it ("Hale AG", "Quenby SA",
    /// "Hale Brant PLC"), outside the run of capitalised words.
    /// </summary>
    private const string LegalFormWords = "inc corp corporation co company ltd limited plc llc llp gmbh ag sa nv bv spa ab asa oyj";

    public static WordList LegalForms { get; } = new(LegalFormWords);

    /// <summary>Words that make a name an organisation, a work or an event.</summary>
    public static WordList Organisations { get; } = new(LegalFormWords, """
        agency agencies service services council ministry office news party parties bank banks group groups
        companies holdings holding administrations governments ministries councils committees commissions departments
        agreements accords treaties associations federations institutes universities colleges clubs teams homes editions
        industries international association federation union organisation organization committee commission board
        authority authorities department bureau institute institution foundation trust fund funds society club team
        academy army navy force forces guard guards police court courts tribunal parliament assembly congress
        senate cabinet government administration front movement alliance coalition league brigade brigades corps
        command directorate intelligence security defence defense affairs reserve exchange market markets securities
        capital partners associates brothers bros sons motors airlines airline airways aviation petroleum oil gas
        energy electric electrical steel chemical chemicals foods food pharmaceuticals pharmaceutical
        laboratories labs systems technologies technology software communications telecom telecommunications networks
        network media press times post journal herald tribune gazette telegraph guardian observer mirror mail express
        standard independent daily weekly monthly review magazine monitor radio television tv broadcasting channel
        studios pictures records entertainment productions images photo photos reuter agence associated
        bloomberg tass xinhua yonhap interfax kyodo nexta reuters reuter afp ansa bernama insurance assurance finance financial investment investments
        ventures enterprises properties realty estates resources mining metals minerals shipping lines logistics
        transport railways railway rail stores retail group plc trading traders brewery breweries distillers
        hotels hotel resorts casino casinos insurance mutual savings loan loans credit bancorp bankshares trust
        university college school schools hospital hospitals infirmary clinic institute centre center museum gallery library
        theatre theater orchestra opera ballet choir band festival awards award prize prizes trophy cup medal
        championship championships league series tour open classic games olympics olympic derby grand prix slam stadium
        arena ground circuit bowl hub tech world universe election elections guild united city rovers athletic wanderers albion villa hotspur rangers celtic hearts
        county orient argyle dynamo sporting rapid real inter juventus lazio fc afc bc rfc cc
        treaty accord agreement pact act amendment plan doctrine memorial report commission inquiry prize summit
        conference forum program programme project initiative fund index indices average exchange bourse nasdaq
        ftse nikkei aljazeera jazeera arabiya qaeda
        taliban hamas hezbollah hizbollah fatah isis daesh kremlin pentagon whitehall downing bundestag duma knesset
        majlis storting riksdag sejm rada diet politburo brics opec nato asean mercosur gatt comecon
        democrats democrat republicans republican socialists socialist conservatives conservative liberals liberal
        labour tories tory greens communists communist nationalists nationalist unionists unionist
        war wars zone crisis affair scandal revolution uprising offensive operation campaign
        version edition update live online digital mobile app apps web website internet
        christ god allah
        national federal royal imperial
        agriculture exchequer treasury finance trade commerce interior justice labor economy health education
        environment industry culture foreign home fisheries tourism housing welfare employment budget economic
        development planning information research science staff antitrust currency medicine
        societe generale banque banca banco commerciale italiana deutsche westdeutsche landesbank girozentrale
        oesterreichische laenderbank industri industrie gruppo groupe usines compagnie nationale nacional internationale
        credito caisse sociedad supermarkets utilities studies equality workers dealers chamber disneyland canyon plains
        unit revenue air record globes stade borussia sharks tigers lions wolves eagles bears bulls saints warriors wasps
        newsroom newsrooms newsdesk
        harlequins falcons rally diaries fellowship laboratory show pavilion digest democratic racing motorsport
        motorsports music publications publishing photography nightclub wines winery wineries vineyards automobiles
        automotive fitness contributors
        """,
        // The plural nicknames of North American major-league sides, after a city that is often a given name too
        // ("Dallas Cowboys", "Carolina Hurricanes"); none is a surname or the plural of a title.
        """
        cowboys redskins packers vikings panthers buccaneers seahawks raiders broncos steelers ravens bengals colts
        titans texans jaguars patriots dolphins lakers celtics knicks spurs rockets mavericks suns nuggets clippers
        timberwolves grizzlies pelicans hornets wizards cavaliers pistons pacers bucks raptors yankees mets dodgers cubs
        braves astros padres rockies marlins phillies brewers orioles mariners hurricanes penguins flyers bruins
        canadiens sabres blackhawks predators oilers canucks coyotes islanders sox
        """,
        // The trade a firm names itself after, after a founder's or a town's name that is also a given name or a
        // surname ("Sun Refining and Marketing Co", "General Dynamics", "Ford Motor", "Williams Cos"): business news
        // often drops the "Corp" or "Inc" after the first mention. Common nouns of industry, none a surname or given
        // name news carries.
        """
        refining refinery refineries marketing products engineering engineers equipment exploration management
        electronics instrument instruments manufacturing manufacturers leasing lighting graphics dynamics devices
        genetics therapeutics biotechnology biotech automation acquisition acquisitions acceptance underwriters
        bottlers merchants motor division industrial nutrition cement machinery machine machines semiconductor
        semiconductors computer computers microsystems aerospace aircraft helicopter helicopters engine engines tool
        tools construction contractors packaging textiles tobacco healthcare pipeline pipelines drilling
        petrochemical petrochemicals utility telecommunication telephone consultants consulting advisors advisers
        interactive distribution distributors supply mines works system publisher publishers cos beverages furniture
        plastics sensors interiors fashions biological vehicle vehicles facility business futures cinema cinemas
        """);

    /// <summary>Words that make up places' names ("north", "park", "street").</summary>
    private const string PlaceWords = """
        north south east west northern southern eastern western central upper lower greater far middle near new
        san santa sao los las el st ste saint port fort mount mt lake cape isle isles island islands sea ocean river
        valley desert coast bay gulf strait straits peninsula province provinces region regions state states county
        district territory territories republic kingdom empire emirates federation commonwealth city town village
        square avenue street road lane boulevard highway bridge park gardens garden hall house tower palace
        cathedral church churches chapel abbey monastery convent mission missionary mosque temple station airport harbour harbor beach hills heights mountains mountain canal
        plaza forest moor commons border frontier front line borough jail prison blvd ave drive parkway freeway
        expressway motorway speedway superspeedway raceway lounge base basin springs falls creek township midland
        cty
        """;

    /// <summary>Countries and their usual short forms.</summary>
    private const string Countries = """
        afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan bahamas
        bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia herzegovina botswana brazil
        brunei bulgaria burkina faso burundi cambodia cameroon canada chile china colombia comoros congo croatia cuba
        cyprus czechia czechoslovakia denmark djibouti dominica ecuador egypt equatorial eritrea estonia
        eswatini swaziland ethiopia fiji finland france gabon gambia germany ghana greece grenada guatemala guinea
        guyana haiti honduras israel hungary iceland india indonesia iran iraq ireland italy jamaica japan
        kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya
        liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico
        micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru nepal netherlands
        zealand nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama papua paraguay
        peru philippines poland polska portugal qatar romania russia rwanda samoa arabia senegal serbia
        seychelles sierra leone singapore slovakia slovenia somalia africa sudan spain lanka suriname sweden
        switzerland syria taiwan tajikistan tanzania thailand timor togo tonga trinidad tobago tunisia turkey turkiye
        turkmenistan tuvalu uganda ukraine ukraina emirates britain england scotland wales ulster uk usa america
        americas uruguay uzbekistan vanuatu vatican venezuela vietnam yemen zambia zimbabwe yugoslavia ussr soviet
        tibet xinjiang crimea chechnya dagestan donbas donbass donetsk luhansk lugansk kashmir punjab gaza sinai
        kurdistan catalonia flanders wallonia bavaria siberia caucasus balkans baltics scandinavia europe asia
        oceania antarctica antarctic arctic levant maghreb sahara sahel
        """;

    /// <summary>Capitals and large or newsworthy cities.</summary>
    private const string Cities = """
        moscow kyiv kiev kharkiv kharkov odesa odessa lviv dnipro zaporizhzhia kherson mariupol bakhmut avdiivka
        kursk belgorod bryansk kazan vladivostok ussuriysk khabarovsk novosibirsk yekaterinburg petersburg leningrad
        pyongyang seoul busan incheon tokyo osaka kyoto yokohama nagoya beijing peking shanghai shenzhen guangzhou
        canton tianjin wuhan chongqing nanjing hangzhou taipei hong kong macau macao manila jakarta bangkok hanoi
        saigon kuala lumpur phnom penh rangoon yangon dhaka kolkata calcutta mumbai bombay delhi bangalore chennai
        madras karachi lahore islamabad kabul kandahar tehran baghdad basra mosul damascus aleppo homs beirut amman
        jerusalem tel aviv riyadh jeddah mecca doha dubai dhabi abu muscat sanaa aden cairo alexandria tripoli
        benghazi tunis algiers rabat casablanca khartoum addis ababa nairobi mogadishu kampala kigali kinshasa lagos
        abuja accra dakar abidjan johannesburg pretoria durban harare lusaka luanda maputo ankara istanbul izmir
        athens sofia bucharest belgrade zagreb sarajevo ljubljana skopje tirana podgorica pristina budapest vienna
        prague bratislava warsaw krakow gdansk vilnius riga tallinn minsk chisinau tbilisi yerevan baku astana almaty
        tashkent bishkek dushanbe ashgabat helsinki stockholm oslo copenhagen reykjavik berlin munich frankfurt
        hamburg hanover cologne bonn stuttgart dusseldorf leipzig dresden amsterdam rotterdam hague brussels antwerp geneva
        zurich bern basel strasbourg luxembourg paris marseille lyon toulouse nice bordeaux lille madrid barcelona
        valencia seville bilbao lisbon porto rome milan naples turin genoa florence venice bologna palermo london
        manchester liverpool birmingham leeds glasgow edinburgh cardiff belfast bristol newcastle sheffield
        nottingham leicester southampton portsmouth middlesbrough sunderland coventry bradford aberdeen dundee swansea
        dublin cork galway york chicago boston philadelphia detroit atlanta miami seattle denver phoenix
        baltimore pittsburgh cleveland cincinnati minneapolis milwaukee orleans angeles francisco diego vegas honolulu
        toronto montreal vancouver ottawa quebec calgary mexico havana caracas bogota lima quito santiago buenos aires
        montevideo asuncion brasilia rio janeiro paulo sydney melbourne brisbane perth adelaide canberra auckland
        wellington brussels strasbourg davos kazan sochi crimea sevastopol minsk grozny kaliningrad murmansk manhattan
        """;

    /// <summary>
    /// US states and UK regions that are not also common given names; and "va", "dak" and "mex", what the news shortens a
    /// two-word state to after an initial ("Wheeling, W. Va.", "N. Dak.", "N. Mex."), which read as an initial and a surname.
    /// </summary>
    private const string StatesAndRegions = """
        alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
        iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
        nebraska nevada hampshire jersey mexico dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah
        vermont wisconsin wyoming yorkshire lancashire essex surrey sussex devon cornwall norfolk suffolk midlands
        merseyside ulster highlands
        va dak mex
        """;

    /// <summary>Countries, regions, cities and words that name places.</summary>
    public static WordList Places { get; } = new(PlaceWords, Countries, Cities, StatesAndRegions);

    /// <summary>The names of countries and of the regions and peoples' lands the news names as such ("Gaza", "Europe").</summary>
    public static WordList CountryNames { get; } = new(Countries);

    /// <summary>The names of countries, regions and cities, without the words that only make up a place's name ("north", "park").</summary>
    public static WordList PlaceNames { get; } = new(Countries, Cities, StatesAndRegions);

    /// <summary>
    /// The nouns for a people's members where they differ from the adjective ("a Briton", "a Finn"). Not words that
    /// never name a person (they are given names too: Finn Russell, Dane Coles), so only a nationality before a whole name.
    /// </summary>
    public static WordList NationalityNouns { get; } = new("""
        briton brit englishman englishwoman scot scotsman scotswoman welshman welshwoman irishman irishwoman finn swede
        dane icelander pole spaniard frenchman frenchwoman dutchman dutchwoman luxembourger turk kiwi aussie
        """);

    /// <summary>A nationality: the adjective or the noun ("Swedish", "Swede").</summary>
    public static bool IsNationality(string word) => Demonyms.Contains(word) || NationalityNouns.Contains(word);

    /// <summary>Nationalities, peoples, religions and political colours.</summary>
    public static WordList Demonyms { get; } = new("""
        american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss
        austrian swedish norwegian danish finnish icelandic polish czech slovak hungarian romanian bulgarian greek
        turkish russian ukrainian belarusian belarussian georgian armenian azerbaijani azeri kazakh uzbek tajik turkmen
        kyrgyz serbian serb croatian croat bosnian slovenian slovene albanian macedonian montenegrin kosovan kosovar
        moldovan lithuanian latvian estonian chinese japanese korean taiwanese vietnamese thai cambodian laotian
        burmese malaysian indonesian filipino philippine singaporean indian pakistani afghan bangladeshi sri nepalese
        nepali iranian iraqi syrian lebanese israeli palestinian jordanian saudi emirati qatari kuwaiti bahraini omani
        yemeni egyptian libyan tunisian algerian moroccan sudanese ethiopian eritrean somali kenyan ugandan tanzanian
        rwandan congolese nigerian ghanaian senegalese ivorian malian cameroonian angolan zambian zimbabwean
        mozambican namibian canadian mexican cuban brazilian argentine argentinian chilean peruvian colombian
        venezuelan bolivian ecuadorian uruguayan paraguayan australian european asian african arab arabic latin
        hispanic western eastern northern southern soviet yugoslav czechoslovak persian kurdish kurd jewish muslim
        moslem catholic protestant orthodox sunni shia shiite shi'ite hindu sikh buddhist islamic islamist zionist
        nazi khmer baltic nordic scandinavian balkan caucasian slavic anglo franco sino euro transatlantic atlantic pacific
        mediterranean caribbean gulf russian-ukrainian north-korean south-korean
        """);

    /// <summary>
    /// Money written out after an amount and a country's initials ("3.25 H.K. Dlrs", "52 U.S. Cents"): the initials
    /// read as a name's, and the unit as its surname. Wire copy abbreviates dollars as "dlrs" and cents as "cts".
    /// Not units that are surnames too ("Pound", "Marks", "Pence").
    /// </summary>
    private static WordList CurrencyUnits { get; } = new("dollars dlrs dlr cents cts euros");

    private const string WeekdayWords = "monday tuesday wednesday thursday friday saturday sunday";

    /// <summary>The days of the week written out; their short forms ("Sun", "Wed") are in <see cref="TimeWords"/>.</summary>
    public static WordList Weekdays { get; } = new(WeekdayWords);

    /// <summary>Months, weekdays, seasons and holidays.</summary>
    public static WordList TimeWords { get; } = new(WeekdayWords, """
        january february march april may june july august september october november december feb mar apr jun jul aug
        sep sept oct nov dec mon tue tues wed thu thur thurs
        fri sat sun spring summer autumn winter christmas easter ramadan eid hanukkah diwali passover thanksgiving
        halloween today tonight yesterday tomorrow weekend
        """);

    /// <summary>Words capitalised only because they start a sentence or a heading.</summary>
    public static WordList FunctionWords { get; } = new("""
        the a an and or but nor so yet if when whenever while whilst although though as at by for from in into of on
        onto out over to under up with without about after before between during since until till upon via against
        among amid amidst across along around behind beyond despite inside outside near off through throughout toward
        towards within this that these those there here their theirs they them he she it its his her hers him we us
        our ours you your yours i me my mine who whom whose what which where why how whether is are was were be been
        being has have had do does did will would shall should may might must can could not no yes all any both each
        every few many most much some such other another several only also even just still already again however
        meanwhile moreover furthermore nevertheless nonetheless therefore thus hence instead otherwise indeed perhaps
        similarly likewise additionally consequently accordingly finally ultimately overall separately
        maybe according earlier later last next first second third then now once unlike like dear please thank thanks
        former acting late ex newly interim incoming outgoing veteran senior junior chief top deputy assistant
        reports report sources officials analysts experts critics residents witnesses observers many several
        breaking exclusive watch read listen update updated photo video pictures gallery comment opinion analysis
        live more most less least very too how ever never always often sometimes why because unless whereas
        nobody somebody someone anyone anybody everyone everybody nothing something anything everything none
        """);

    /// <summary>Firms, brands and fictional characters whose names read like a person's ("Philip Morris", "Harry Potter").</summary>
    public static IReadOnlySet<string> NamedAfterPeople { get; } = new HashSet<string>(
        """
        philip morris|eli lilly|sara lee|dean witter|merrill lynch|smith barney|morgan stanley|morgan grenfell|
        morgan guaranty|arthur andersen|arthur young|ernst whinney|price waterhouse|peat marwick|paine webber|
        kidder peabody|goldman sachs|bear stearns|raymond james|edward jones|james capel|hill samuel|samuel montagu|
        robert fleming|wood mackenzie|hoare govett|thomson mckinnon|alex brown|martin marietta|fannie mae|freddie mac|
        sallie mae|ginnie mae|marshall field|montgomery ward|sears roebuck|thomas cook|john lewis|harvey nichols|
        marks spencer|rolls royce|johnson matthey|ralston purina|oscar mayer|estee lauder|christian dior|louis vuitton|
        carl zeiss|robert bosch|tommy hilfiger|ann taylor|hugo boss|jack daniels|johnnie walker|ronald mcdonald|
        charles schwab|walt disney|harley davidson|hewlett packard|warner lambert|time warner|warner bros|
        warner brothers|kleinwort benson|lazard freres|dillon read|drexel burnham|shearson lehman|prudential bache|
        jardine matheson|jardine fleming|swire pacific|dow jones|harry potter|james bond|bridget jones|peter pan|
        mickey mouse|santa claus|sherlock holmes|vera drake|billy elliot|hello kitty|jack russell|franz ferdinand|adam opel|seiko epson|mary poppins
        """.Split('|').Select(n => string.Join(' ', n.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))),
        StringComparer.Ordinal);

    /// <summary>
    /// True when the word cannot be part of a person's name; a hyphenated word when each of its parts cannot
    /// ("January-May", "Franco-German", "Kabul-Salang" aside, where one part may be a name); a brand's word.
    /// </summary>
    public static bool Contains(string word) => IsNonPersonWord(word) || IsCompoundOfNonPersonWords(word) || IsBrandCased(word);

    /// <summary>
    /// A word with a capital inside that ends in a capital or in an organisation or place word is a brand or a firm
    /// ("KinetX", "GmbH", "VneshEconomBank", "BellSouth"); a name's inner capital opens a name ("McDonald", "DeShawn").
    /// </summary>
    private static bool IsBrandCased(string word)
    {
        for (var k = word.Length - 1; k > 0; k--)
            if (char.IsUpper(word[k]) && char.IsLower(word[k - 1]))
                return k == word.Length - 1 || IsNonPersonWord(word.AsSpan(k));
        return false;
    }

    private static bool IsNonPersonWord(ReadOnlySpan<char> word) =>
        Organisations.Contains(word) || Places.Contains(word) || Demonyms.Contains(word) || IsDemonymPlural(word) ||
        TimeWords.Contains(word) || FunctionWords.Contains(word) || CurrencyUnits.Contains(word);

    private static bool IsCompoundOfNonPersonWords(string word)
    {
        if (!word.Contains('-')) return false;
        foreach (var range in word.AsSpan().Split('-'))
            if (!IsNonPersonWord(word.AsSpan()[range])) return false;
        return true;
    }

    /// <summary>A people in the plural: "Albanians", "Palestinians", "Americans".</summary>
    private static bool IsDemonymPlural(ReadOnlySpan<char> word) =>
        word.Length > 4 && word[^1] == 's' && Demonyms.Contains(word[..^1]);

    /// <summary>Words that open a place's name and take the next word with them: "San Diego", "St. Louis", "Fort Worth".</summary>
    public static WordList PlacePrefixes { get; } = new("san santa sao st ste saint fort port mount mt lake cape los las");
}
