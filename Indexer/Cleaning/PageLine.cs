namespace SearchEngine.Indexing.Cleaning;

/// <summary>What a line of a page is. Everything but <see cref="Body"/> is left out of the cleaned body.</summary>
public enum LineKind
{
    Body,
    /// <summary>The headline, where the page states it in its text.</summary>
    Title,
    /// <summary>A repeat of the headline, glued or not to menu words.</summary>
    RepeatedTitle,
    /// <summary>Further copies of a line printed twice in a row (alt text then caption, a re-sent paragraph).</summary>
    Repeated,
    /// <summary>Menus and category strips.</summary>
    Navigation,
    /// <summary>Photo captions and image/photo credit lines.</summary>
    Caption,
    /// <summary>Copyright and legal notices, terms and privacy links.</summary>
    Legal,
    /// <summary>"Generated with AI" and similar disclaimers.</summary>
    Disclaimer,
    /// <summary>Reader comments printed as text after the article.</summary>
    Comment,
    /// <summary>"More news" and related-story lists.</summary>
    Related,
    /// <summary>Share widgets, counters, tag labels and other page controls.</summary>
    Widget,
    /// <summary>Editor-in-chief and publisher footers.</summary>
    Footer,
    /// <summary>The writer's or newsroom's contact line ("Jane Doe can be reached at jdoe@example.com").</summary>
    Contact,
    /// <summary>The note crediting the reporters who helped ("Jane Doe contributed to this report.").</summary>
    Contributors,
    /// <summary>The publication date line; kept for the date extractor, not the body.</summary>
    Dateline,
    /// <summary>The byline; kept for the byline extractor, not the body.</summary>
    Byline,
}

/// <summary>One paragraph-level line of a page and what the cleaning rules decided it is.</summary>
public sealed record PageLine(int Index, string Text, LineKind Kind);
