using System.CommandLine;

namespace NetworkAdvisor.Cli;

/// <summary>The classification options a command offers.</summary>
/// <param name="Rules">--rules: the user's title rules.</param>
/// <param name="Aliases">--aliases: company aliases.</param>
/// <param name="Tags">--tags: tag rules or url,tag list.</param>
internal sealed record ClassificationOptions(Option<string?> Rules, Option<string?> Aliases, Option<string?> Tags)
{
    /// <summary>Adds the options to a command.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Rules);
        command.Options.Add(Aliases);
        command.Options.Add(Tags);
    }
}
