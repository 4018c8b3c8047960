using System.CommandLine;

namespace SearchEngine.Indexing.Cli;

/// <summary>
/// <c>PROGRAM completion bash|zsh|fish</c>: prints a completion script for the shell. The script asks the program
/// itself what may come next, through System.CommandLine's <c>[suggest:POSITION]</c> directive, so completions always
/// match the commands, options and choices of the version installed.
/// </summary>
public static class CompletionCommand
{
    private static readonly Dictionary<string, Func<string, string>> Scripts = new(StringComparer.Ordinal)
    {
        ["bash"] = Bash,
        ["zsh"] = Zsh,
        ["fish"] = Fish,
    };

    public static Command Create(string program, TextWriter output)
    {
        var shell = new Argument<string>("SHELL") { Description = "The shell that will read the script" };
        // Checked here rather than by AcceptOnlyFromAmong, whose message lists the shells on lines of their own with tabs,
        // which the usage report shows as control pictures; this says it on one line, as the other choices do.
        shell.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && !Scripts.ContainsKey(token.Value))
                result.AddError($"SHELL: '{token.Value}' is not one of {string.Join(", ", Scripts.Keys)}");
        });
        shell.CompletionSources.Add([.. Scripts.Keys]);
        var command = new Command("completion", $"Print a shell completion script for {program} (see the README for where to put it)") { shell };
        command.SetAction(parsed =>
        {
            output.Write(Scripts[parsed.GetRequiredValue(shell)](program));
            return ExitCodes.Success;
        });
        return command;
    }

    // Each script passes the words after the program's name up to the cursor, and the cursor's position in them; where
    // the program offers nothing (a folder after --index, a file after --source), the shell completes paths.

    private static string Bash(string program) => $$"""
        # bash completion for {{program}}: {{program}} completion bash > ~/.local/share/bash-completion/completions/{{program}}
        _{{program}}_complete() {
            local line="${COMP_LINE:0:COMP_POINT}"
            line="${line#*[[:space:]]}"
            local IFS=$'\n'
            COMPREPLY=($({{program}} "[suggest:${#line}]" "$line" 2>/dev/null))
        }
        complete -o default -F _{{program}}_complete {{program}}

        """;

    private static string Zsh(string program) => $$"""
        #compdef {{program}}
        # zsh completion for {{program}}: {{program}} completion zsh > "${fpath[1]}/_{{program}}"
        _{{program}}() {
            local line="${(j: :)words[2,CURRENT]}"
            local -a completions
            completions=(${(f)"$({{program}} "[suggest:${#line}]" "$line" 2>/dev/null)"})
            if (( ${#completions} )); then compadd -a completions; else _files; fi
        }
        if [[ "${funcstack[1]}" == "_{{program}}" ]]; then _{{program}} "$@"; else compdef _{{program}} {{program}}; fi

        """;

    private static string Fish(string program) => $$"""
        # fish completion for {{program}}: {{program}} completion fish > ~/.config/fish/completions/{{program}}.fish
        function __{{program}}_complete
            set -l line (commandline -cp | string replace -r '^\s*\S+\s?' '')
            set -l found ({{program}} "[suggest:"(string length -- "$line")"]" "$line" 2>/dev/null | string match -v '')
            if set -q found[1]
                printf '%s\n' $found
            else
                __fish_complete_path (commandline -ct)
            end
        end
        complete -c {{program}} -f -a '(__{{program}}_complete)'

        """;
}
