using System.Runtime.CompilerServices;

// The facet collector and highlighter are specified by tests of their own, not only through ArticleSearcher.
[assembly: InternalsVisibleTo("Tests")]
