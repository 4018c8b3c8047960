namespace SearchEngine.Indexing.Extraction.People;

/// <summary>
/// Reads a run of capitalised words as a person's name, or not: strips titles, roles, nationalities and sentence openers
/// from its front ("Ukrainian President", "NATO Secretary General"), rejects organisations and places, and weighs the
/// evidence (given-name lexicon, family-name-first pattern, a title or role, a speech verb).
/// </summary>
public static class NameRunReader
{
    /// <summary>Longest name accepted, particles included: "Luiz Inacio Lula da Silva".</summary>
    private const int MaxWords = 5;

    /// <summary>Words after a name and "and" that make it a firm: "Smith and Co".</summary>
    private static readonly WordList FirmPartners = new("Co Company Sons Partners Associates Brothers");

    private static readonly WordList Articles = new("a an the");

    /// <summary>
    /// The Arabic article and "father of", written with a capital inside a name ("Hamid El Zarrouki", "Omar Abu Qattash"),
    /// where at the front they open places ("El Paso", "Abu Dhabi").
    /// </summary>
    private static readonly WordList ArabicNameWords = new("El Abu");

    /// <summary>
    /// The prefixes, in capitals, that name a ship after a person ("USS Ronald Reagan", "HMS Queen Elizabeth", "MS Queen
    /// Victoria"): navies' and merchant shipping's standard abbreviations.
    /// </summary>
    private static readonly WordList ShipPrefixes = new("HMS USS RMS HMAS HMCS HMNZS MV MS");

    public static Mention? Read(NameRun run)
    {
        if (QuotedTitle.Is(run) || IsShipName(run) || run.TrademarkAfter || IsFirstPartner(run) || IsBeforeALegalForm(run) ||
            IsIssueManager(run)) return null;
        var words = run.Words.ToList();
        // American news dates an event by the weekday right after whom it names ("arrested John Smith Monday"): the day
        // ends the run but is no part of the name.
        while (words.Count > 0 && (IsInitial(words[^1]) || NonPersonWords.Weekdays.Contains(words[^1]))) words.RemoveAt(words.Count - 1);
        var generation = words.Count > 1 && Generation.IsSuffix(words[^1]) ? words[^1] : null;
        if (generation is not null) words.RemoveAt(words.Count - 1);
        while (words.Count > 0 && IsInitial(words[^1])) words.RemoveAt(words.Count - 1);

        var title = StripTitles(words);
        if (title is not null && IsAddressInAWorksName(run.Words, title)) return null;
        var titled = title is not null;
        var wordGivenName = IsGivenNameAfterATitle(words, run, titled);
        var dropped = IsPlayerNamedLikeAPlace(words, run) || wordGivenName ? 0 : StripLeadingNonNames(words);
        while (words.Count > 0 && (IsInitial(words[^1]) || PersonName.IsParticle(words[^1]))) words.RemoveAt(words.Count - 1);
        if (words.Count == 0 || words.Count > MaxWords) return null;

        if (NamedAfterPeople.Follows(run) || TheBefore.NamesAThing(run, titled, dropped)) return null;
        var described = IsRoleApposition(run.Apposition) || AgeApposition.Is(run.Apposition) || IsNamedInApposition(run);
        var titleBefore = IsAdjectiveRank(run.Before) ? null : run.Before;
        var inContext = titled || IsTitleBefore(titleBefore) || described || ScoreSheet.Marks(run);
        var spoken = SpeechVerbs.All.Contains(run.Before ?? "") || (run.After.Count > 0 && SpeechVerbs.All.Contains(run.After[0]));
        var opensSentence = run.StartsSentence && !titled && dropped == 0;

        // A monarch or pope is named by one name and a numeral, beside a title or role: "King Charles III".
        if (words.Count == 1 && generation is not null && Generation.IsNumeral(generation) && inContext && IsShortForm(words))
            return new Mention(PersonName.FromWords([words[0], generation]), MentionKind.Person, InContext: true, opensSentence);

        // A surname alone counts only beside a title, role, score-sheet mark or speech verb; elsewhere it says nothing,
        // and most capitalised words a line has are such runs, so no name is built for them.
        // A joined name ("Inzamam-ul-Haq") is whole: with no title, mark or speech verb beside it, it is a full name still
        // to be vouched for, as by a list of people, where a surname alone would say nothing.
        var joinedName = words is [var only] && PersonName.IsJoinedName(only) && !(inContext || spoken);
        if ((words.Count == 1 && !joinedName) || PersonName.IsParticle(words[0]))
        {
            if (!(inContext || spoken) || !(IsShortForm(words) || IsPlayerNamedLikeAPlace(words, run)) || IsPlaceAfterSaint(title, run)) return null;
            // To stand for a person of its own, the word must bear a title, a role or a score-sheet mark itself. A
            // speech verb alone is not enough: firms and papers speak as often as people ("Amoco says", "Resalat
            // reported"); it takes a personal pronoun after it too (OneWordSpeaker).
            // A plural title names a group ("leaders Lens", "Screen Actors Guild"), and "Major League Baseball" keeps no
            // title once "League" goes.
            var standsAlone = ScoreSheet.Marks(run) || AgeApposition.Is(run.Apposition) ||
                              (opensSentence ? DescribesTheOpener(run.Apposition) : IsRoleApposition(run.Apposition, run.AfterApposition)) ||
                              (dropped == 0 && IsPersonRole(title ?? titleBefore) && !IsProfessionInAName(title, run) &&
                               !IsNumberedAfterPerson(title, run) && !IsRoleInATrade(title, run));
            return new Mention(PersonName.FromWords(words), MentionKind.ShortForm, standsAlone, opensSentence,
                Speaks: OneWordSpeaker.Speaks(run));
        }

        var placeOrDateSurname = PlaceOrDateSurname.Is(words);
        if (!(LooksLikeAName(wordGivenName ? words[1..] : words) || placeOrDateSurname) || IsRole(words) || IsFirm(words, run) ||
            (ResultsEntry.IsSideInResult(run) && !inContext) || StandingsRow.Is(run) || IsGroupInThePlural(words, title ?? titleBefore))
            return null;
        var name = PersonName.FromWords(generation is null ? words : [.. words, generation]);
        var vouched = placeOrDateSurname
            ? ScoreSheet.Marks(run) || described || IsPersonRole(title ?? titleBefore) || ResultsEntry.IsRanked(run)
            : name.FamilyNameFirst || (GivenNames.All.Contains(words[0]) && !IsOneWordTwice(words)) || Initials.LeadName(words) ||
              inContext || ResultsEntry.Marks(run);
        return new Mention(name, vouched ? MentionKind.Person : MentionKind.Tentative, inContext || spoken, opensSentence);
    }

    /// <summary>
    /// A name that ends in a title or role in the plural names a group, as bands, sides and firms are named ("Kaiser
    /// Chiefs", "Pointer Sisters", "Ottawa Senators", "Taylor Asset Managers"). A family name of that shape ("Alan Dukes")
    /// belongs to a person a singular title or role introduces ("Fine Gael leader Alan Dukes").
    /// </summary>
    private static bool IsGroupInThePlural(List<string> words, string? role) =>
        words[^1] is { Length: > 3 } last && last[^1] == 's' && !TitleWords.All.Contains(last) && TitleWords.All.Contains(last[..^1]) &&
        !IsPersonRole(role);

    /// <summary>
    /// One word said twice is how bands and teams' nicknames are made ("Duran Duran", "Bafana Bafana"): a given name
    /// there vouches for no person, while a title or role beside it still does ("NPA spokesperson Tlali Tlali").
    /// </summary>
    private static bool IsOneWordTwice(List<string> words) =>
        words is [var first, var second] && string.Equals(first, second, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "Saint" before one name opens a place, church or school's name ("Saint Vincent", "Saint John") far more often than
    /// it names the saint, who is told apart by where he or she was from ("Saint Francis of Assisi") or is named in full
    /// ("Saint John Paul II").
    /// </summary>
    private static bool IsPlaceAfterSaint(string? title, NameRun run) =>
        title is not null && NonPersonWords.PlacePrefixes.Contains(title) && run.After is not ["of", ..];

    /// <summary>
    /// Ranks that are everyday adjectives: in lower case before a capitalised word they describe it ("major Hollywood
    /// studios", "private Swiss banks"), where a rank before a name is capitalised or abbreviated ("Maj. Gen. Smith").
    /// Not "general", which ends offices in lower case ("director general Fumiya Iwasaki").
    /// </summary>
    private static readonly WordList AdjectiveRanks = new("major private");

    private static bool IsAdjectiveRank(string? word) => word is not null && char.IsLower(word[0]) && AdjectiveRanks.Contains(word);

    /// <summary>
    /// The forms of address anyone bears, which works and characters take ("Little Miss …", "Mister …"); honours and
    /// degrees follow other honorifics the lists do not know ("Ratu Sir …", "Tan Sri Dr …").
    /// </summary>
    private static readonly WordList PlainFormsOfAddress = new("mr mrs ms miss mister");

    /// <summary>
    /// A form of address right after a word that is no title, acronym, place, nationality or function word is part of
    /// the name of a work, a pageant or a character ("Little Miss Sunshine", "Little Miss Marker"), where a person's
    /// title opens the run or follows another title ("Vice-Chancellor Dr. Ann Hale", "DAE Director Dr Ann Hale").
    /// </summary>
    private static bool IsAddressInAWorksName(IReadOnlyList<string> runWords, string title)
    {
        if (!PlainFormsOfAddress.Contains(title)) return false;
        var at = -1;
        for (var i = 0; i < runWords.Count; i++)
            if (runWords[i] == title) at = i;
        if (at < 1) return false;
        var before = runWords[at - 1];
        return !IsTitle(before) && !IsTitle(before[(before.LastIndexOf('-') + 1)..]) && !before.All(c => !char.IsLetter(c) || char.IsUpper(c)) &&
               !NonPersonWords.Contains(before) && !IsInitial(before);
    }

    /// <summary>
    /// A function word that is also a given name ("Will", "Junior") is capitalised inside a sentence only as a name: after
    /// a title or role and before a surname it opens the name ("captain Will Hale"), where the lists leave it out because
    /// sentences open with it. Not a short preposition or article, capitalised in a title's place ("Earl Of Warwick"), nor
    /// a longer preposition, capitalised in a body's name after a role ("Reporters Without Borders").
    /// </summary>
    private static bool IsGivenNameAfterATitle(List<string> words, NameRun run, bool titled) =>
        words.Count == 2 && words[0].Length > 3 && !(run.StartsSentence && !titled) && (titled || IsTitleBefore(run.Before)) &&
        NonPersonWords.FunctionWords.Contains(words[0]) && !LongPrepositions.Contains(words[0]) && !NonPersonWords.Contains(words[1]);

    /// <summary>The prepositions of four letters or more, none a given name ("Till" is one, so it is left out).</summary>
    private static readonly WordList LongPrepositions = new("""
        about above across after against along amid amidst among around behind below beneath beside between beyond
        despite during from inside into near onto outside over since through throughout toward towards under unlike
        until upon with within without
        """);

    /// <summary>
    /// A firm's legal form after the run, or after the bracket that follows it: "lead manager Hale AG", "Quenby (Suisse) SA".
    /// A person's name takes none, where a bank's or a broker's named after its founder or its trade does. Nor is it said
    /// of people in jest, as "and Co." is ("Eddie Vedder and Co.", the singer and his band).
    /// </summary>
    public static bool IsBeforeALegalForm(NameRun run) =>
        IsLegalForm(run.After.FirstOrDefault()) || IsLegalForm(run.AfterBracket.FirstOrDefault());

    /// <summary>Written with a capital: in lower case "limited" is a verb ("Ann Hale limited the damage").</summary>
    private static bool IsLegalForm(string? word) => word is not null && char.IsUpper(word[0]) && NonPersonWords.LegalForms.Contains(word);

    /// <summary>The ranks of the banks that manage a bond or share issue: "lead manager", "co-lead manager", "sole manager".</summary>
    private static readonly WordList IssueManagerRanks = new("lead co-lead joint-lead sole co");

    /// <summary>
    /// The managers of an issue are banks and brokers, never people: "lead manager Postipankki said", "co-lead manager
    /// WestLB", "co-manager Hale Brant". A manager with no such rank is a person's post ("general manager", "manager Ann Hale").
    /// </summary>
    private static bool IsIssueManager(NameRun run) =>
        run.Before is "co-manager" or "co-managers" ||
        (run.Before is "manager" or "managers" && !run.TwoBefore.IsEmpty && IssueManagerRanks.Contains(run.TwoBefore.Span));

    private static bool IsShipName(NameRun run) =>
        run.Before is { } before && before.All(char.IsUpper) && ShipPrefixes.Contains(before);

    /// <summary>
    /// Drops everything up to the last title or role word that still has a name after it, and returns that word:
    /// "NATO Secretary General Mark Rutte" → "Mark Rutte". "John Major" keeps "Major", which ends the run. A qualifier
    /// is a title only before another ("Prime Minister"): "Amazon Prime Day" and "Crown Jewels" have none; an office
    /// modifier only beside another ("Chief Executive"): "Executive Travel" has none.
    /// </summary>
    private static string? StripTitles(List<string> words)
    {
        var lastTitle = -1;
        for (var i = 0; i < words.Count - 1; i++)
            if (IsTitle(words[i]) && !(TitleWords.Qualifiers.Contains(words[i]) && !IsTitle(words[i + 1])) &&
                !(TitleWords.OfficeModifiers.Contains(words[i]) && !IsTitle(words[i + 1]) && (i == 0 || !IsTitle(words[i - 1]))))
                lastTitle = i;
        var title = lastTitle >= 0 ? words[lastTitle] : null;
        words.RemoveRange(0, lastTitle + 1);
        return title;
    }

    /// <summary>
    /// Drops leading nationalities, places, dates and sentence openers ("Polish", "However", "In June"), then any words
    /// before a known given name that starts a name of two words or more ("Exchequer Nigel Lawson", "Teenager Sania Mirza",
    /// "Briton Ian Woosnam").
    /// </summary>
    private static int StripLeadingNonNames(List<string> words)
    {
        var dropped = 0;
        while (words.Count > 0 && !Initials.LeadName(words) &&
               (IsInitial(words[0]) || (NonPersonWords.Contains(words[0]) && !IsKnownNameStart(words[0]))))
        {
            // An abbreviation goes whole ("U.S. Producer" must not leave "S. Producer"), and so does a place whose
            // name has a prefix ("San Diego Padres" must not leave "Diego Padres").
            var count = NonPersonWords.PlacePrefixes.Contains(words[0]) ? Math.Min(2, words.Count) : Math.Max(1, Initials.Leading(words));
            words.RemoveRange(0, count);
            dropped += count;
        }
        // A letter between a side and a known given name is the player's position ("Canucks D Mattias Ohlund", "Rangers
        // G Henrik Lundqvist"), not an initial: initials before a given name open the run ("J. Robert Oppenheimer").
        if (dropped > 0 && words.Count >= 3 && Initials.Leading(words) == 1 && GivenNames.All.Contains(words[1]))
        {
            words.RemoveAt(0);
            dropped++;
        }
        // A nationality may be a given name too ("Finn", "Briton", "Dane"), but before a whole name it is the nationality.
        // Initials open a name as a given name does ("K.J. De Vrinde"): nothing before a later given name is to be dropped.
        if (words.Count < 3 || Initials.LeadName(words) || (IsKnownNameStart(words[0]) && !NonPersonWords.IsNationality(words[0])))
            return dropped;
        // A particle inside a name ("de", "von") is also a given name somewhere, but written small it opens no name.
        var firstName = words.FindIndex(1, w => char.IsUpper(w[0]) && GivenNames.All.Contains(w));
        if (firstName < 0 || firstName > words.Count - 2) return dropped;
        words.RemoveRange(0, firstName);
        return dropped + firstName;
    }

    private static bool IsKnownNameStart(string word) => GivenNames.All.Contains(word) || EastAsianNames.FamilyNames.Contains(word);

    /// <summary>
    /// No organisation, place, date or function word anywhere, save a known first name in first place ("Milan Kundera").
    /// Title words may stay: after <see cref="StripTitles"/> they can only be surnames ("John Major", "Stephen King").
    /// </summary>
    private static bool LooksLikeAName(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if ((PersonName.IsParticle(words[i]) && char.IsLower(words[i][0])) || Initials.IsInitial(words[i])) continue;
            if (i == 0 && IsKnownNameStart(words[i])) continue;
            if (i > 0 && i < words.Count - 1 && ArabicNameWords.Contains(words[i])) continue;
            if (NonPersonWords.Contains(words[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// Words that end in a title or role with no known given name or initials before it are a post: "Chief Product
    /// Officer" leaves "Product Officer" once "Chief" goes. A surname that is a title follows a given name ("John Major").
    /// </summary>
    private static bool IsRole(List<string> words) =>
        IsTitle(words[^1]) && !IsKnownNameStart(words[0]) && !Initials.LeadName(words);

    /// <summary>A surname used alone: "Zelensky", "Kim", "Da Silva"; not "Kursk", "President" or "Meanwhile".</summary>
    private static bool IsShortForm(List<string> words) =>
        !words.Any(w => NonPersonWords.Contains(w) && !PersonName.IsParticle(w)) && !IsTitle(words[^1]) && !IsInitial(words[^1]);

    /// <summary>A player a scorecard names by one word that is also a place: "c Hale b Dublin" (<see cref="ScoreSheet.MarksCricketer"/>).</summary>
    private static bool IsPlayerNamedLikeAPlace(List<string> words, NameRun run) =>
        words is [var word] && NonPersonWords.Places.Contains(word) && ScoreSheet.MarksCricketer(run);

    /// <summary>Firms and brands named after people: "Philip Morris", "Smith and Co", "Procter &amp; Gamble".</summary>
    /// <summary>
    /// The first partner of a firm named after its partners, a comma parting the names ("Hale, Quenby and Co"): American
    /// brokers' and banks' names are written so, and the first name alone read as a surname with a role before it. A full
    /// name before such a firm is a person the firm describes ("Ann Hale, Hale and Co chairman").
    /// </summary>
    private static bool IsFirstPartner(NameRun run) =>
        run.Words.Count == 1 && run.Apposition is [var partner, "and", var firm] && char.IsUpper(partner[0]) &&
        FirmPartners.Contains(firm);

    private static bool IsFirm(List<string> words, NameRun run)
    {
        if (run.AmpersandAfter) return true;
        if (run.After is ["and", var partner, ..] && FirmPartners.Contains(partner)) return true;
        for (var i = 0; i + 1 < words.Count; i++)
            if (NonPersonWords.NamedAfterPeople.Contains(NameFolding.Key([words[i], words[i + 1]]))) return true;
        return false;
    }

    /// <summary>
    /// ", spokesman for", ", the head of", ", a senior analyst at": a role right after the comma, or after an article
    /// and at most one other word. ", whose chairman" or ", the bank's chairman" describe an organisation instead.
    /// </summary>
    /// <param name="following">
    /// The word after a three-word apposition, given when the run is a word alone: a full name needs only a role beside
    /// it, a word alone needs the role to describe it, not to open a clause past the three words (", a port spokesman
    /// said").
    /// </param>
    private static bool IsRoleApposition(IReadOnlyList<string> words, string? following = null) => words switch
    {
        [_, ..] when IsDescribingRole(words, 0, following) => true,
        [var article, _, ..] when Articles.Contains(article) && IsDescribingRole(words, 1, following) => true,
        [var article, var modifier, _] when Articles.Contains(article) && !modifier.Contains('\'') && !modifier.Contains('’') &&
                                            IsDescribingRole(words, 2, following) => true,
        _ => false,
    };

    /// <summary>
    /// A name set between commas after the role it fills, as news introduces a person: "Botswana's envoy, Ann Hale, said",
    /// "his lawyer, Jo Brant, told". A firm's role names a firm there as often ("its adviser, Hale Brant, said").
    /// </summary>
    private static bool IsNamedInApposition(NameRun run) =>
        run.BeforeApposition is { } role && char.IsLower(role[0]) && IsPersonRole(role);

    /// <summary>
    /// After a sentence's first word and a comma, a role opens the next clause as often as it describes the word
    /// ("Eventually, the judge ruled"): only a role straight after the comma describes it ("Diana, Princess of Wales").
    /// </summary>
    private static bool DescribesTheOpener(IReadOnlyList<string> words) => words.Count > 0 && IsDescribingRole(words, 0);

    /// <summary>
    /// A role that describes one person: singular ("Smith, the judge"), no honorific, which opens another name
    /// (", Mr. Asper said"), and not the subject of a clause of its own, before a name or a speech verb (", commissioner
    /// Bud Selig told", ", a spokesman said"), also when the title has several words (", Chief Minister Narendra Modi").
    /// A plural is a group in a list or a new clause: "Startups, researchers and firms", "Basically, the researchers pumped".
    /// </summary>
    private static bool IsDescribingRole(IReadOnlyList<string> words, int role, string? following = null)
    {
        if (!IsDescribingRole(words[role])) return false;
        var next = role + 1;
        while (next < words.Count && IsTitle(words[next])) next++;
        var opener = next < words.Count ? words[next] : following;
        return opener is null || !OpensAClause(opener);
    }

    private static bool OpensAClause(string next) =>
        SpeechVerbs.All.Contains(next) || (char.IsUpper(next[0]) && !IsTitle(next) && !NonPersonWords.FunctionWords.Contains(next));

    private static bool IsDescribingRole(string word) => TitleWords.All.Contains(word) && !TitleWords.FormsOfAddress.Contains(word);

    /// <summary>A title or role only a person has, in the singular: "striker", "spokesman", not "publisher" or "leaders".</summary>
    private static bool IsPersonRole(string? word) =>
        word is not null && TitleWords.All.Contains(word) && !TitleWords.FirmRoles.Contains(word) && !IsAcronymNoTitle(word);

    /// <summary>
    /// News writes a profession before a name in lower case ("striker Manucho", "student Ana"): capitalised inside the
    /// run, where no sentence opens with it, it is part of the name of a thing ("Player Combine", "Student Survival").
    /// </summary>
    private static bool IsProfessionInAName(string? title, NameRun run) =>
        title is not null && TitleWords.IsOnlyAProfession(title) && !(run.StartsSentence && run.Words[0] == title);

    /// <summary>The fields of business a firm leads or watches, named before its role: "market leader", "sector leader".</summary>
    private static readonly WordList Trades = new("market sector industry");

    /// <summary>
    /// A role after a field of business is a firm's place in its trade ("market leader Nintendo", "sector leader Omnicom",
    /// "market analyst Datamonitor"); business news gives a person in such a role a full name ("industry analyst Ann Hale").
    /// </summary>
    private static bool IsRoleInATrade(string? title, NameRun run) => title is null && Trades.Contains(run.TwoBefore.Span);

    /// <summary>
    /// A ship, model or sequel named after a titled person carries an Arabic figure ("Queen Mary 2", "Queen Elizabeth
    /// 2"); a monarch's numeral is Roman ("Queen Elizabeth II").
    /// </summary>
    private static bool IsNumberedAfterPerson(string? title, NameRun run) =>
        title is not null && run.After is [var figure, ..] && figure.All(char.IsAsciiDigit);

    /// <summary>
    /// A title or role right before a run, as in "President Suharto" or "joint leaders Ann Hale and Jo Brant". A firm's
    /// role in the plural ("brokers Quervaux Marvaud said") names firms, not people.
    /// </summary>
    private static bool IsTitleBefore(string? word) =>
        IsTitle(word) && !(word!.Length > 3 && word[^1] == 's' && TitleWords.FirmRoles.Contains(word[..^1]));

    /// <summary>A title or role word, also in the plural or "-elect" ("Attorneys General", "Chairman-elect").</summary>
    private static bool IsTitle(string? word)
    {
        if (string.IsNullOrEmpty(word) || IsAcronymNoTitle(word)) return false;
        if (TitleWords.All.Contains(word)) return true;
        if (word.EndsWith("-elect", StringComparison.OrdinalIgnoreCase)) return TitleWords.All.Contains(word[..^6]);
        return word.Length > 3 && word[^1] == 's' && TitleWords.All.Contains(word[..^1]);
    }

    /// <summary>
    /// A short word in capitals in a line that has lower case is an acronym, not an abbreviated title: "LT Cortesia" (a
    /// ship), "MX Onda" (a team), "DR Congo"; unless the title is an acronym itself ("MP", "CEO"). A longer one is a title
    /// set in capitals for emphasis, as a story's first word often is ("PRINCESS Diana's former lover").
    /// </summary>
    private static bool IsAcronymNoTitle(string word) =>
        word.Length is > 1 and <= 3 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !TitleWords.Acronyms.Contains(word);

    private static bool IsInitial(string word) => word.Length == 1 || (word.Length == 2 && word[1] == '.');
}
