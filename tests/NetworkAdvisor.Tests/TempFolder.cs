using System.IO.Compression;
using System.Text;

namespace NetworkAdvisor.Tests;

/// <summary>A temporary folder deleted on dispose, with helpers to write fixture files and zips.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "na-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative, string content) => File(relative, Encoding.UTF8.GetBytes(content));

    public string File(string relative, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllBytes(full, content);
        return full;
    }

    public string Zip(string name, params (string Entry, string Content)[] entries)
    {
        var full = System.IO.Path.Combine(Path, name);
        using var archive = ZipFile.Open(full, ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var stream = archive.CreateEntry(entry).Open();
            stream.Write(Encoding.UTF8.GetBytes(content));
        }

        return full;
    }

    /// <summary>Makes a named pipe (Unix) in the folder and returns its path.</summary>
    public string Fifo(string relative)
    {
        var full = System.IO.Path.Combine(Path, relative);
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [full]);
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0 ? full : throw new IOException($"mkfifo {full} failed");
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
