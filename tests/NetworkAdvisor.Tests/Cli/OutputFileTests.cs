using System.Text;
using NetworkAdvisor.Cli.Output;

namespace NetworkAdvisor.Tests.Cli;

/// <summary>
/// Files named with -o: a new or non-empty file is replaced whole (never left half written), through a symbolic link
/// the file it points to; an empty file or a named pipe is written in place, and no temporary file is left behind.
/// </summary>
public sealed class OutputFileTests
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("<!DOCTYPE html><p>" + new string('x', 200_000) + "</p>");

    /// <summary>
    /// What is at the target before the write, and whether the target then counts as the file written: an empty file
    /// reached through a link is written in place, as /dev/stdout is when the shell sent standard output to a file.
    /// </summary>
    public static TheoryData<string, bool> Targets => new()
    {
        { "missing", true },
        { "file", true },
        { "empty", true },
        { "link", true },
        { "dangling link", true },
        { "link to an empty file", false },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void A_file_target_ends_up_holding_exactly_what_was_written(string before, bool counted)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "report.html");
        var pointedTo = Path.Combine(folder.Path, "real.html");
        switch (before)
        {
            case "file":
                folder.File("report.html", "an older report");
                break;
            case "empty":
                folder.File("report.html", string.Empty);
                break;
            case "link":
                folder.File("real.html", "an older report");
                File.CreateSymbolicLink(target, pointedTo);
                break;
            case "dangling link":
                File.CreateSymbolicLink(target, pointedTo);
                break;
            case "link to an empty file":
                folder.File("real.html", string.Empty);
                File.CreateSymbolicLink(target, pointedTo);
                break;
        }

        var (bytes, isFile) = OutputFile.Write(target, stream => stream.Write(Content));

        Assert.Equal(Content.Length, bytes);
        Assert.Equal(counted, isFile);
        Assert.Equal(Content, File.ReadAllBytes(target));
        var linked = before.Contains("link", StringComparison.Ordinal);
        Assert.Equal(linked ? pointedTo : null, new FileInfo(target).LinkTarget);
        Assert.Equal(linked ? ["real.html", "report.html"] : ["report.html"], Names(folder));
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("file")]
    public void A_write_that_fails_leaves_the_old_file_and_no_temporary_file(string before)
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "report.html");
        if (before == "file")
        {
            folder.File("report.html", "an older report");
        }

        var error = Assert.Throws<IOException>(() => OutputFile.Write(target, stream =>
        {
            stream.Write(Content.AsSpan(0, 1000));
            throw new IOException($"No space left on device : '{((FileStream)stream).Name}'");
        }));

        Assert.Equal($"No space left on device : '{target}'", error.Message);
        Assert.Equal(before == "file" ? ["report.html"] : [], Names(folder));
        Assert.Equal(before == "file" ? "an older report" : null, File.Exists(target) ? File.ReadAllText(target) : null);
    }

    [Fact]
    public async Task A_named_pipe_is_written_into_and_stays_a_pipe()
    {
        using var folder = new TempFolder();
        var pipe = folder.Fifo("report.html");

        var reader = Task.Run(() => File.ReadAllBytes(pipe));
        var (bytes, isFile) = OutputFile.Write(pipe, stream => stream.Write(Content));

        Assert.Equal(Content, await reader.WaitAsync(TimeSpan.FromSeconds(60)));
        Assert.Equal(Content.Length, bytes);
        Assert.False(isFile);
        Assert.Equal(0, new FileInfo(pipe).Length);
        Assert.Equal(["report.html"], Names(folder));
    }

    private static string[] Names(TempFolder folder) =>
        [.. Directory.EnumerateFileSystemEntries(folder.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
}
