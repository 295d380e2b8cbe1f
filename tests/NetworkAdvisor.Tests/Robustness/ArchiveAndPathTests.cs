using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NetworkAdvisor.Cli;
using NetworkAdvisor.Import;
using NetworkAdvisor.Tests.Cli;

namespace NetworkAdvisor.Tests.Robustness;

/// <summary>
/// Archives and paths that are broken, crafted or in the wrong place: each gives one clear line
/// naming the file (exit 1 through the CLI) or a documented behaviour. See docs/bad-input.md.
/// </summary>
public sealed class ArchiveAndPathTests
{
    private const string Connections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,https://www.linkedin.com/in/ada,,Engines,CTO,08 Feb 2026";
    private const string OtherConnections = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nBob,Stone,,,Acme,CEO,01 Mar 2025\nCyd,Park,,,Acme,CFO,02 Mar 2025";

    // ---- zip bombs ----

    [Fact]
    public void A_zip_bomb_by_declared_size_is_refused_before_unpacking()
    {
        using var folder = new TempFolder();
        var path = folder.Zip("bomb.zip", ("Connections.csv", Connections + new string(' ', 2000)));

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(path, new ExportReadOptions(MaxFileBytes: 1000)));

        Assert.Equal(
            $"bomb.zip: entry 'Connections.csv' would unpack to {Connections.Length + 2000} bytes, more than the limit of 1000 (zip bomb?)",
            error.Message);
    }

    [Fact]
    public void A_zip_bomb_by_ratio_is_refused_just_above_one_mebibyte_and_small_files_may_compress_well()
    {
        using var folder = new TempFolder();
        var zeros = new string('0', (1024 * 1024) + 1);
        var bomb = folder.Zip("bomb.zip", ("Connections.csv", Connections), ("notes.txt", zeros));
        var fine = folder.Zip("fine.zip", ("Connections.csv", Connections), ("notes.txt", zeros[..(1024 * 1024)]));

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(bomb));
        var bundle = ExportReader.Read(fine);

        Assert.Equal("bomb.zip: entry 'notes.txt' is compressed more than 200:1 (zip bomb?)", error.Message);
        Assert.Single(bundle.Connections);
        Assert.Contains("notes.txt", bundle.Skipped);
    }

    [Fact]
    public void A_zip_bomb_by_total_size_is_refused_before_unpacking()
    {
        using var folder = new TempFolder();
        var filler = new string('x', 600);
        var path = folder.Zip("bomb.zip", ("Connections.csv", Connections), ("a.txt", filler), ("b.txt", filler));

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(path, new ExportReadOptions(MaxTotalBytes: 1000)));

        Assert.Equal("bomb.zip: the archive would unpack to more than 1000 bytes (zip bomb?)", error.Message);
    }

    [Fact]
    public void A_zip_bomb_by_entry_count_is_refused_through_the_cli()
    {
        using var folder = new TempFolder();
        var path = folder.Zip("many.zip", [.. Enumerable.Range(0, 10_001).Select(i => ($"f{i}.txt", string.Empty)), ("Connections.csv", Connections)]);

        var (exit, output, error) = CliRunner.Run("summary", path);

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Empty(output);
        Assert.Equal("network-advisor: many.zip: the archive has 10002 entries, more than the limit of 10000" + Environment.NewLine, error);
    }

    [Fact]
    public void A_folder_with_too_many_files_or_too_many_bytes_is_refused()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        for (var i = 0; i < 12; i++)
        {
            folder.File($"Jobs/f{i}.txt", new string('x', 100));
        }

        var tooMany = Assert.Throws<ExportReadException>(() => ExportReader.Read(folder.Path, new ExportReadOptions(MaxEntries: 10)));
        var tooBig = Assert.Throws<ExportReadException>(() => ExportReader.Read(folder.Path, new ExportReadOptions(MaxTotalBytes: 100)));
        var fileTooBig = Assert.Throws<ExportReadException>(() => ExportReader.Read(folder.Path, new ExportReadOptions(MaxFileBytes: 50)));

        Assert.Equal($"{folder.Path}: holds more than 10 files; point NetworkAdvisor at the export folder itself", tooMany.Message);
        Assert.Equal("Connections.csv: reading it takes the export past the limit of 100 bytes in total", tooBig.Message);
        Assert.Equal($"Connections.csv: {Connections.Length} bytes is more than the limit of 50 for one file", fileTooBig.Message);
    }

    [Theory]
    [InlineData(CompressionLevel.NoCompression)]
    [InlineData(CompressionLevel.Optimal)]
    public void An_entry_that_unpacks_to_more_than_its_header_declares_is_refused_while_reading(CompressionLevel level)
    {
        using var folder = new TempFolder();
        var bytes = ZipBytes(level, ("Connections.csv", Connections));
        PatchEntry(bytes, "Connections.csv", (local, central) =>
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(local + 22), 10);
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(central + 24), 10);
        });
        var path = folder.File("liar.zip", bytes);

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(path));

        Assert.Equal("liar.zip: entry 'Connections.csv' does not unpack to the size its header declares (corrupt or crafted archive)", error.Message);
    }

    [Fact]
    public void A_corrupt_entry_is_a_one_line_error_naming_it()
    {
        using var folder = new TempFolder();
        var bytes = ZipBytes(CompressionLevel.Optimal, ("Connections.csv", Connections));
        PatchEntry(bytes, "Connections.csv", (local, _) =>
        {
            var data = local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(local + 26)) + BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(local + 28));
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(local + 18));
            bytes.AsSpan(data, length).Fill(0xFF); // a deflate block of the reserved type 11
        });
        var path = folder.File("corrupt.zip", bytes);

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(path));

        Assert.StartsWith("corrupt.zip: entry 'Connections.csv' cannot be unpacked (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    // ---- what an archive holds ----

    [Fact]
    public void A_known_file_with_an_unknown_header_is_not_read_and_reported()
    {
        using var folder = new TempFolder();
        folder.File("Connections.csv", Connections);
        folder.File("Invitations.csv", "Von,An,Datum\nBob,Ada,gestern");

        var bundle = ExportReader.Read(folder.Path);

        Assert.Single(bundle.Connections);
        var issue = Assert.Single(bundle.Issues);
        Assert.Equal(("Invitations.csv", 1), (issue.File, issue.Line));
        Assert.StartsWith("file not read: no Invitations.csv header (with ", issue.Reason, StringComparison.Ordinal);
        Assert.Contains("Invitations.csv", bundle.Skipped);
    }

    [Fact]
    public void A_nested_zip_is_listed_as_skipped_and_never_opened()
    {
        using var folder = new TempFolder();
        var inner = ZipBytes(CompressionLevel.Optimal, ("Connections.csv", OtherConnections));
        var path = Path.Combine(folder.Path, "export.zip");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Write(archive, "Connections.csv", Encoding.UTF8.GetBytes(Connections));
            Write(archive, "Archive/Basic_LinkedInDataExport_01-01-2025.zip", inner);
        }

        var bundle = ExportReader.Read(path);

        Assert.Equal("Ada", Assert.Single(bundle.Connections).FirstName);
        Assert.Equal<string>(["Archive/Basic_LinkedInDataExport_01-01-2025.zip"], bundle.Skipped);
        Assert.Empty(bundle.Issues);
    }

    [Fact]
    public void An_encrypted_entry_is_a_one_line_error_naming_it()
    {
        using var folder = new TempFolder();
        var bytes = ZipBytes(CompressionLevel.NoCompression, ("Connections.csv", Connections));
        PatchEntry(bytes, "Connections.csv", (local, central) =>
        {
            bytes[local + 6] |= 1;
            bytes[central + 8] |= 1;
        });
        var path = folder.File("locked.zip", bytes);

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(path));
        var (exit, _, stderr) = CliRunner.Run("summary", path);

        Assert.Equal("locked.zip: entry 'Connections.csv' is encrypted; unzip it with its password and point NetworkAdvisor at the folder", error.Message);
        Assert.Equal(CliApp.BadInput, exit);
        Assert.Equal("network-advisor: " + error.Message + Environment.NewLine, stderr);
    }

    [Fact]
    public void An_encrypted_entry_the_export_does_not_use_is_only_listed_as_skipped()
    {
        using var folder = new TempFolder();
        var bytes = ZipBytes(CompressionLevel.NoCompression, ("Connections.csv", Connections), ("Articles/draft.html", "<p>secret</p>"));
        PatchEntry(bytes, "Articles/draft.html", (local, central) =>
        {
            bytes[local + 6] |= 1;
            bytes[central + 8] |= 1;
        });
        var path = folder.File("partly-locked.zip", bytes);

        var bundle = ExportReader.Read(path);

        Assert.Single(bundle.Connections);
        Assert.Equal<string>(["Articles/draft.html"], bundle.Skipped);
    }

    [Fact]
    public void Duplicate_entry_names_read_the_first_and_report_the_second()
    {
        using var folder = new TempFolder();
        var path = folder.Zip("twice.zip", ("Connections.csv", Connections), ("Connections.csv", OtherConnections));

        var bundle = ExportReader.Read(path);

        Assert.Equal("Ada", Assert.Single(bundle.Connections).FirstName);
        var issue = Assert.Single(bundle.Issues);
        Assert.Equal("Connections.csv", issue.File);
        Assert.Equal("file not read: the archive holds another entry named Connections.csv, which was read; point NetworkAdvisor at one export", issue.Reason);
        Assert.Equal<string>(["Connections.csv"], bundle.Skipped);
        Assert.Equal(["Connections.csv"], bundle.Files.Select(f => f.Path));
    }

    [Fact]
    public void Entry_names_with_parent_or_absolute_paths_are_read_or_listed_but_never_written()
    {
        using var folder = new TempFolder();
        var path = folder.Zip(
            "crafted.zip",
            ("../../Connections.csv", Connections),
            ("/etc/passwd", "root:x:0:0:root:/root:/bin/bash"),
            ("C:\\x\\evil.txt", "x"),
            ("/tmp/../Skills.csv", "Name\nC#"));
        var before = Directory.GetFileSystemEntries(folder.Path);

        var bundle = ExportReader.Read(path);
        var (exit, output, _) = CliRunner.Run("summary", path, "--format", "json");

        Assert.Equal("Ada", Assert.Single(bundle.Connections).FirstName);
        Assert.Equal("C#", Assert.Single(bundle.Skills).Name);
        Assert.Equal(["../../Connections.csv", "/tmp/../Skills.csv"], bundle.Files.Select(f => f.Path).Order(StringComparer.Ordinal));
        Assert.Equal(["/etc/passwd", "C:/x/evil.txt"], bundle.Skipped.Order(StringComparer.Ordinal));
        Assert.Equal(before, Directory.GetFileSystemEntries(folder.Path));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(folder.Path)!)!, "Connections.csv")));
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Contains("/etc/passwd", json.RootElement.GetProperty("skipped").EnumerateArray().Select(e => e.GetString()));
    }

    // ---- files that are not what their name says ----

    [Fact]
    public void A_file_named_zip_that_is_not_a_zip_is_a_one_line_error()
    {
        using var folder = new TempFolder();
        var path = folder.File("Basic_LinkedInDataExport_11-26-2026.zip", "<html>Your download has expired</html>");

        var (exit, output, error) = CliRunner.Run("summary", path);

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Empty(output);
        Assert.Equal($"network-advisor: {path}: not a zip archive (it does not start with a zip signature){Environment.NewLine}", error);
    }

    [Fact]
    public void An_empty_zip_has_no_connections_and_a_bare_signature_is_not_readable()
    {
        using var folder = new TempFolder();
        byte[] endOfCentralDirectory = [(byte)'P', (byte)'K', 5, 6, .. new byte[18]];
        var empty = folder.File("empty.zip", endOfCentralDirectory);
        var bare = folder.File("bare.zip", [(byte)'P', (byte)'K', 5, 6]);

        var emptyError = Assert.Throws<ExportReadException>(() => ExportReader.Read(empty));
        var bareError = Assert.Throws<ExportReadException>(() => ExportReader.Read(bare));

        Assert.Equal($"{empty}: no Connections.csv found; point NetworkAdvisor at your LinkedIn export (.zip), its unzipped folder, or Connections.csv", emptyError.Message);
        Assert.StartsWith("bare.zip: not a readable zip archive (", bareError.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', bareError.Message);
    }

    [Fact]
    public void A_folder_without_a_connections_file_is_a_one_line_error()
    {
        using var folder = new TempFolder();
        folder.File("Skills.csv", "Name\nC#");

        var (exit, _, error) = CliRunner.Run("report", folder.Path, "-o", Path.Combine(folder.Path, "r.html"));

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Equal($"network-advisor: {folder.Path}: no Connections.csv found; point NetworkAdvisor at your LinkedIn export (.zip), its unzipped folder, or Connections.csv{Environment.NewLine}", error);
        Assert.False(File.Exists(Path.Combine(folder.Path, "r.html")));
    }

    [Fact]
    public void A_folder_named_connections_csv_is_not_a_file()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "export", "Connections.csv"));

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(Path.Combine(folder.Path, "export")));

        Assert.Contains("no Connections.csv found", error.Message, StringComparison.Ordinal);
    }

    [NotRootFact]
    public void An_unreadable_file_is_a_one_line_error_naming_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("Connections.csv", Connections);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        File.SetUnixFileMode(path, UnixFileMode.None);

        var (exit, _, error) = CliRunner.Run("summary", path);

        Assert.Equal(CliApp.BadInput, exit);
        Assert.StartsWith($"network-advisor: {path}: cannot be read (", error, StringComparison.Ordinal);
        Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_file_that_fails_while_reading_is_a_one_line_error_naming_it()
    {
        // Works as root too, where chmod 000 does not stop reading: /proc/self/mem fails with EIO at offset 0.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "Connections.csv"), "/proc/self/mem");

        var error = Assert.Throws<ExportReadException>(() => ExportReader.Read(folder.Path));

        Assert.StartsWith("Connections.csv: cannot be read (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task A_file_that_reports_no_length_is_read_to_its_end()
    {
        // A named pipe says it is empty (length 0) yet holds data: the reader must not trust the length.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var path = NamedPipe(folder, "Connections.csv");
        var text = FiveThousandConnections();
        var writer = Task.Run(() => File.WriteAllText(path, text));

        var bundle = ExportReader.Read(folder.Path);
        await writer.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(text.Length > 1 << 17, "the text spans several 64 KB reads");
        Assert.Equal(5_000, bundle.Connections.Length);
        Assert.Equal("P4999", bundle.Connections[^1].FirstName);
    }

    [Fact]
    public async Task A_named_pipe_given_as_the_export_is_read_once_and_whole()
    {
        // <(cat Connections.csv): opened twice (sniffing for a zip, then reading), the first reader took the start.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var path = NamedPipe(folder, "Connections.csv");
        var writer = Task.Run(() => File.WriteAllText(path, FiveThousandConnections()));

        // Opened again after its writer has gone, a pipe waits for a writer forever: hence the time limit.
        var bundle = await Task.Run(() => ExportReader.Read(path)).WaitAsync(TimeSpan.FromSeconds(60));
        await writer.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(5_000, bundle.Connections.Length);
        Assert.Equal(("P0", "P4999"), (bundle.Connections[0].FirstName, bundle.Connections[^1].FirstName));
        Assert.Equal(["Connections.csv"], bundle.Files.Select(f => f.Path));
    }

    [Fact]
    public async Task A_zip_from_a_named_pipe_is_read_by_the_cli()
    {
        // <(curl ... export.zip) named *.zip: the CLI's size estimate must not open it before the reader does.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var path = NamedPipe(folder, "export.zip");
        var zip = ZipBytes(CompressionLevel.Optimal, ("Connections.csv", OtherConnections), ("Skills.csv", "Name\nC#"));
        var writer = Task.Run(() => File.WriteAllBytes(path, zip));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await Task.Run(() => CliApp.Run(["segments", path, "--by", "company", "--format", "csv"], TextReader.Null, stdout, stderr, TimeProvider.System))
            .WaitAsync(TimeSpan.FromSeconds(60));
        await writer.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(exit == 0, stderr.ToString());
        Assert.Contains("Acme,2,", stdout.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A Connections.csv of 5,000 rows, P0 to P4999 (over 128 KB: several reads of a pipe).</summary>
    private static string FiveThousandConnections() =>
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
        string.Join('\n', Enumerable.Range(0, 5_000).Select(i => FormattableString.Invariant($"P{i},Q{i},,,Acme,Engineer,01 Mar 2025")));

    /// <summary>Makes a named pipe (Linux) called <paramref name="name"/> in <paramref name="folder"/>.</summary>
    private static string NamedPipe(TempFolder folder, string name)
    {
        var path = Path.Combine(folder.Path, name);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
        return path;
    }

    // ---- standard input ----

    [Fact]
    public void A_connections_csv_on_standard_input_is_read_with_a_dash()
    {
        var (exit, output, error) = CliRunner.RunWithInput(OtherConnections, "summary", "-", "--format", "json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("connections").GetInt32());
        Assert.Equal(["stdin.csv"], json.RootElement.GetProperty("files").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void A_zip_on_standard_input_is_read_with_a_dash()
    {
        var zip = ZipBytes(CompressionLevel.Optimal, ("Connections.csv", OtherConnections), ("Skills.csv", "Name\nC#"));
        using var stdin = new StreamReader(new MemoryStream(zip));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["segments", "-", "--by", "company", "--format", "csv"], stdin, stdout, stderr, TimeProvider.System);

        Assert.True(exit == 0, stderr.ToString());
        Assert.Contains("Acme,2,", stdout.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "network-advisor: standard input: is empty; pipe a Connections.csv or an export .zip into 'network-advisor ... -'")]
    [InlineData("hello\nworld\n", "network-advisor: standard input: no Connections.csv found; point NetworkAdvisor at your LinkedIn export (.zip), its unzipped folder, or Connections.csv")]
    [InlineData("PK\u0005\u0006", "network-advisor: standard input: not a readable zip archive (")]
    public void Bad_standard_input_is_a_one_line_error(string input, string expected)
    {
        var (exit, output, error) = CliRunner.RunWithInput(input, "summary", "-");

        Assert.Equal(CliApp.BadInput, exit);
        Assert.Empty(output);
        Assert.StartsWith(expected, error, StringComparison.Ordinal);
        Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("stdin.csv", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_reads_standard_input_too()
    {
        using var folder = new TempFolder();
        var target = Path.Combine(folder.Path, "r.html");

        var (exit, _, error) = CliRunner.RunWithInput(OtherConnections, "report", "-", "--as-of", "2026-11-01", "-o", target);

        Assert.True(exit == 0, error);
        Assert.Contains("2 connections", error, StringComparison.Ordinal);
        Assert.True(File.Exists(target));
    }

    // ---- output paths ----

    [Fact]
    public void A_report_output_that_is_a_folder_or_under_a_file_is_a_one_line_error()
    {
        using var folder = new TempFolder();
        var export = folder.File("Connections.csv", Connections);
        var blocker = folder.File("blocker.txt", "x");
        var underFile = Path.Combine(blocker, "r.html");

        var (folderExit, _, folderError) = CliRunner.Run("report", export, "-o", folder.Path);
        var (fileExit, _, fileError) = CliRunner.Run("report", export, "--as-of", "2026-11-01", "-o", underFile);

        Assert.Equal(CliApp.BadInput, folderExit);
        Assert.Equal($"network-advisor: {folder.Path}: is a folder; give a file name such as {Path.Combine(folder.Path, "report.html")}{Environment.NewLine}", folderError);
        Assert.Equal(CliApp.BadInput, fileExit);
        Assert.StartsWith("network-advisor: ", fileError, StringComparison.Ordinal);
        Assert.Contains(underFile, fileError, StringComparison.Ordinal);
        Assert.Single(fileError.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_sample_output_that_exists_or_cannot_be_written_is_a_one_line_error()
    {
        using var folder = new TempFolder();
        folder.File("full/Connections.csv", Connections);
        var blocker = folder.File("blocker.txt", "x");
        Directory.CreateDirectory(Path.Combine(folder.Path, "folder.zip"));

        var (fullExit, _, fullError) = CliRunner.Run("sample", "-o", Path.Combine(folder.Path, "full"), "-n", "5", "--as-of", "2026-11-01");
        var (underExit, _, underError) = CliRunner.Run("sample", "-o", Path.Combine(blocker, "x.zip"), "-n", "5", "--as-of", "2026-11-01");
        var (dirExit, _, dirError) = CliRunner.Run("sample", "-o", Path.Combine(folder.Path, "folder.zip"), "-n", "5", "--as-of", "2026-11-01");

        Assert.Equal(CliApp.BadInput, fullExit);
        Assert.Equal($"network-advisor: {Path.Combine(folder.Path, "full")}: already exists; use --force to overwrite it{Environment.NewLine}", fullError);
        foreach (var (exit, error) in new[] { (underExit, underError), (dirExit, dirError) })
        {
            Assert.Equal(CliApp.BadInput, exit);
            Assert.StartsWith("network-advisor: ", error, StringComparison.Ordinal);
            Assert.Single(error.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
    }

    // ---- helpers ----

    private static byte[] ZipBytes(CompressionLevel level, params (string Entry, string Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var archive = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (entry, content) in entries)
            {
                using var stream = archive.CreateEntry(entry, level).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }

        return memory.ToArray();
    }

    private static void Write(ZipArchive archive, string name, byte[] content)
    {
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(content);
    }

    /// <summary>Finds the local and central headers of <paramref name="name"/> and lets <paramref name="patch"/> edit them in place.</summary>
    private static void PatchEntry(byte[] zip, string name, Action<int, int> patch)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var local = Find(zip, [(byte)'P', (byte)'K', 3, 4], 30, 26, nameBytes);
        var central = Find(zip, [(byte)'P', (byte)'K', 1, 2], 46, 28, nameBytes);
        patch(local, central);
    }

    private static int Find(byte[] zip, byte[] signature, int nameOffset, int nameLengthOffset, byte[] name)
    {
        for (var i = 0; i + nameOffset <= zip.Length; i++)
        {
            if (zip.AsSpan(i, 4).SequenceEqual(signature)
                && BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(i + nameLengthOffset)) == name.Length
                && zip.AsSpan(i + nameOffset, name.Length).SequenceEqual(name))
            {
                return i;
            }
        }

        throw new InvalidOperationException("entry not found in the zip");
    }
}

/// <summary>A test that only means something for a user without root's right to read any file: skipped, with the reason, as root.</summary>
public sealed class NotRootFactAttribute : FactAttribute
{
    public NotRootFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Unix file modes only";
        }
        else if (Environment.UserName == "root")
        {
            Skip = "runs as root, where chmod 000 does not stop reading; A_file_that_fails_while_reading_is_a_one_line_error_naming_it covers an unreadable file instead";
        }
    }
}
