using System.Text;

namespace SearchEngine.Querying.Search.Parsing;

/// <summary>
/// OR next to AND (written, or implied by words side by side) in one group without parentheses. The classic parser
/// reads such a group clause by clause: <c>yen OR dollar AND japan</c> finds <c>dollar AND japan</c>, and
/// <c>dollar japan OR yen</c> finds <c>dollar</c>, dropping words without a word of warning, where users read either
/// boolean precedence (AND first) or that of search tools that bind OR tighter than words side by side. Neither is
/// guessed: the query is refused with both readings written out, for the user to pick one.
/// </summary>
internal static class MixedOperators
{
    private enum Joint { None, And, Or }

    private sealed record Operand(int Start, int End, Joint Before, string JointText);

    private sealed record Group(List<Operand> Operands);

    /// <summary>The refusal for <paramref name="query"/>, naming the first group of it that mixes OR with AND.</summary>
    public static QuerySyntaxException Refusal(string query)
    {
        var groups = new List<Group>();
        var at = 0;
        ReadGroup(query, ref at, groups);
        var mixed = groups.Where(IsMixed).OrderBy(g => g.Operands[0].Start).FirstOrDefault();
        if (mixed is null)
            return new QuerySyntaxException("OR is mixed with AND without parentheses; put parentheses round the words that go together");
        var or = mixed.Operands.First(o => o.Before == Joint.Or);
        var column = query.LastIndexOf(or.JointText.Trim(), or.Start, StringComparison.Ordinal) + 1;
        var andFirst = Reading(query, mixed, Joint.Or);
        var orFirst = Reading(query, mixed, Joint.And);
        return new QuerySyntaxException(
            $"OR and AND are mixed without parentheses at column {column}; write '{QueryEcho.Shortened(andFirst)}' (AND first) or "
            + $"'{QueryEcho.Shortened(orFirst)}' (OR first)",
            column,
            "AND (or words side by side) wants every word, OR any of them; parentheses say which words go together");
    }

    private static bool IsMixed(Group group) =>
        group.Operands.Skip(1).Any(o => o.Before == Joint.Or) && group.Operands.Skip(1).Any(o => o.Before == Joint.And);

    /// <summary>
    /// The query with <paramref name="group"/> split at <paramref name="split"/> and each part of several operands in
    /// parentheses: split at OR for AND first, at AND for OR first.
    /// </summary>
    private static string Reading(string query, Group group, Joint split)
    {
        var parts = new List<List<Operand>> { new() };
        foreach (var operand in group.Operands)
        {
            if (operand.Before == split) parts.Add([]);
            parts[^1].Add(operand);
        }
        var written = new StringBuilder();
        foreach (var part in parts)
        {
            if (written.Length > 0) written.Append(part[0].JointText);
            var text = query[part[0].Start..part[^1].End];
            written.Append(part.Count > 1 ? $"({text})" : text);
        }
        var groupStart = group.Operands[0].Start;
        return query[..groupStart] + written + query[group.Operands[^1].End..];
    }

    /// <summary>Reads operands and the joints between them up to a closing parenthesis or the end; nested groups too.</summary>
    private static void ReadGroup(string query, ref int at, List<Group> groups)
    {
        var operands = new List<Operand>();
        var joint = Joint.None;
        var jointStart = -1;
        while (true)
        {
            var spaceStart = at;
            while (at < query.Length && char.IsWhiteSpace(query[at])) at++;
            if (at >= query.Length || query[at] == ')') break;
            if (jointStart < 0) jointStart = spaceStart;
            var wordEnd = at;
            while (wordEnd < query.Length && !char.IsWhiteSpace(query[wordEnd]) && query[wordEnd] is not ('(' or ')')) wordEnd++;
            var word = query[at..wordEnd];
            if (word is "AND" or "&&" or "OR" or "||")
            {
                joint = word is "OR" or "||" ? Joint.Or : Joint.And;
                at = wordEnd;
                continue;
            }
            var start = at;
            ReadOperand(query, ref at, groups);
            var before = operands.Count == 0 ? Joint.None : joint == Joint.None ? Joint.And : joint;
            var jointText = operands.Count == 0 ? "" : query[jointStart..start];
            operands.Add(new Operand(start, at, before, jointText));
            joint = Joint.None;
            jointStart = -1;
        }
        if (operands.Count > 1) groups.Add(new Group(operands));
    }

    /// <summary>One operand: a word, phrase, range or parenthesised group, with its field, sign and suffixes.</summary>
    private static void ReadOperand(string query, ref int at, List<Group> groups)
    {
        if (query.AsSpan(at).StartsWith("NOT") && at + 3 < query.Length && char.IsWhiteSpace(query[at + 3]))
        {
            at += 3;
            while (at < query.Length && char.IsWhiteSpace(query[at])) at++;
        }
        while (at < query.Length && !char.IsWhiteSpace(query[at]) && query[at] != ')')
        {
            var c = query[at];
            if (c == '\\') at += 2;
            else if (PreparedQueryText.IsDoubleQuote(c)) at = Closing(query, at, PreparedQueryText.IsDoubleQuote);
            else if (c is '[' or '{') at = Closing(query, at, x => x is ']' or '}');
            else if (c == '(')
            {
                at++;
                ReadGroup(query, ref at, groups);
                if (at < query.Length) at++;
            }
            else at++;
        }
        at = Math.Min(at, query.Length);
    }

    private static int Closing(string query, int open, Func<char, bool> closes)
    {
        var at = open + 1;
        while (at < query.Length && !closes(query[at])) at += query[at] == '\\' ? 2 : 1;
        return Math.Min(at + 1, query.Length);
    }
}
