using System.Collections.Frozen;
using NetworkAdvisor.Classification;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Analysis;

/// <summary>
/// People never to propose for pruning: profile URLs or full names, one per line (<c>#</c> starts a
/// comment), plus connections carrying one of the keep tags (default <c>keep</c>).
/// </summary>
public sealed class KeepList
{
    private readonly FrozenSet<string> _urls;
    private readonly FrozenSet<string> _names;

    private KeepList(IEnumerable<string> urls, IEnumerable<string> names, IEnumerable<string> tags)
    {
        _urls = urls.ToFrozenSet(StringComparer.Ordinal);
        _names = names.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Tags = tags.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Only the default keep tag, <c>keep</c>.</summary>
    public static KeepList Default { get; } = new([], [], ["keep"]);

    /// <summary>Tags that protect a connection.</summary>
    public FrozenSet<string> Tags { get; }

    /// <summary>Reads a keep-list file: one profile URL or full name per line.</summary>
    /// <param name="text">The file content.</param>
    /// <param name="keepTags">Tags that also protect (default: <c>keep</c>).</param>
    /// <returns>The keep list.</returns>
    public static KeepList Parse(string text, IEnumerable<string>? keepTags = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var urls = new List<string>();
        var names = new List<string>();
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.Contains("linkedin.com/", StringComparison.OrdinalIgnoreCase))
            {
                urls.Add(ProfileUrl.Normalize(line));
            }
            else
            {
                names.Add(string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return new KeepList(urls, names, keepTags ?? ["keep"]);
    }

    /// <summary>True when the connection is on the list or carries a keep tag.</summary>
    /// <param name="connection">The connection.</param>
    /// <param name="tags">Its tags.</param>
    /// <returns>Whether to protect it.</returns>
    public bool Protects(Connection connection, IEnumerable<string> tags)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(tags);
        if (Tags.Count > 0)
        {
            foreach (var tag in tags)
            {
                if (Tags.Contains(tag))
                {
                    return true;
                }
            }
        }

        return Lists(connection);
    }

    /// <summary>
    /// As <see cref="Protects(Connection, IEnumerable{string})"/> for a classified connection and its own tags, which
    /// are read as the array they are (passed as a sequence, they would be boxed once per connection).
    /// </summary>
    internal bool Protects(ClassifiedConnection connection)
    {
        if (Tags.Count > 0)
        {
            foreach (var tag in connection.Tags)
            {
                if (Tags.Contains(tag))
                {
                    return true;
                }
            }
        }

        return Lists(connection.Connection);
    }

    /// <summary>True when the connection's profile URL or full name is on the list.</summary>
    private bool Lists(Connection connection)
    {
        if (_urls.Count == 0 && _names.Count == 0)
        {
            return false;
        }

        var url = ProfileUrl.Normalize(connection.ProfileUrl);
        return (url.Length > 0 && _urls.Contains(url))
            || (connection.FullName.Length > 0 && _names.Contains(string.Join(' ', connection.FullName.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
    }
}
