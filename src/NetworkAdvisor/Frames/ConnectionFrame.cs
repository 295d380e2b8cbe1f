using Microsoft.Data.Analysis;
using NetworkAdvisor.Model;

namespace NetworkAdvisor.Frames;

/// <summary>
/// Converts connections to and from a <see cref="DataFrame"/> with a fixed schema:
/// <c>FirstName</c>, <c>LastName</c>, <c>ProfileUrl</c>, <c>Email</c>, <c>Company</c>,
/// <c>Position</c> (strings, never null), <c>ConnectedOn</c> (<see cref="DateTime"/> at midnight)
/// and <c>IsHidden</c> (bool). A filtered or extended frame converts back; extra columns are ignored.
/// </summary>
public static class ConnectionFrame
{
    /// <summary>Column names, in schema order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["FirstName", "LastName", "ProfileUrl", "Email", "Company", "Position", "ConnectedOn", "IsHidden"];

    /// <summary>Builds the frame from arrays (no CSV parsing, no culture).</summary>
    /// <param name="connections">The connections.</param>
    /// <returns>One row per connection, in order.</returns>
    public static DataFrame ToDataFrame(IReadOnlyList<Connection> connections)
    {
        ArgumentNullException.ThrowIfNull(connections);
        return new DataFrame(
            FrameColumns.Strings("FirstName", connections, c => c.FirstName),
            FrameColumns.Strings("LastName", connections, c => c.LastName),
            FrameColumns.Strings("ProfileUrl", connections, c => c.ProfileUrl),
            FrameColumns.Strings("Email", connections, c => c.Email),
            FrameColumns.Strings("Company", connections, c => c.Company),
            FrameColumns.Strings("Position", connections, c => c.Position),
            FrameColumns.Values("ConnectedOn", connections, c => c.ConnectedOn.ToDateTime(TimeOnly.MinValue)),
            FrameColumns.Values("IsHidden", connections, c => c.IsHidden));
    }

    /// <summary>Reads connections back from a frame that has at least the seven data columns.</summary>
    /// <param name="frame">A frame from <see cref="ToDataFrame"/>, possibly filtered or with added columns.</param>
    /// <returns>One connection per row.</returns>
    /// <exception cref="ArgumentException">A column is missing, has the wrong type, or a date is empty.</exception>
    public static IReadOnlyList<Connection> ToConnections(DataFrame frame)
    {
        var firstName = FrameColumns.ReadStrings(frame, "FirstName");
        var lastName = FrameColumns.ReadStrings(frame, "LastName");
        var url = FrameColumns.ReadStrings(frame, "ProfileUrl");
        var email = FrameColumns.ReadStrings(frame, "Email");
        var company = FrameColumns.ReadStrings(frame, "Company");
        var position = FrameColumns.ReadStrings(frame, "Position");
        var connectedOn = FrameColumns.ReadValues<DateTime>(frame, "ConnectedOn");
        var result = new Connection[frame.Rows.Count];
        for (var row = 0L; row < result.Length; row++)
        {
            result[row] = new Connection(
                firstName(row), lastName(row), url(row), email(row), company(row), position(row), DateOnly.FromDateTime(connectedOn(row)));
        }

        return result;
    }
}
