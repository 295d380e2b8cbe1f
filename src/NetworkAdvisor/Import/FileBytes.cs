using System.Runtime.InteropServices;

namespace NetworkAdvisor.Import;

/// <summary>
/// The bytes of one export file as read. A large file's bytes are kept outside the managed heap and given back to the
/// system as soon as the file has been read (<see cref="Dispose"/>): on the managed heap they would stay until a
/// collection found them, and the report of a large export runs without collections while it reads (a million
/// connections: 522 MB of files that would otherwise still count in the process's memory while it analyses).
/// </summary>
internal sealed unsafe class FileBytes : IDisposable
{
    /// <summary>Files of at least this many bytes are kept outside the managed heap.</summary>
    public const int NativeFromBytes = 1 << 20;

    private readonly byte[]? _array;
    private nint _native;
    private int _length;

    private FileBytes(byte[]? array, nint native, int length)
    {
        _array = array;
        _native = native;
        _length = length;
    }

    /// <summary>How many bytes there are (0 once disposed).</summary>
    public int Length => _length;

    /// <summary>The bytes; empty once disposed.</summary>
    public Span<byte> Span => _array is not null ? _array.AsSpan(0, _length) : new Span<byte>((void*)_native, _length);

    /// <summary>Bytes to be written: <paramref name="length"/> of them, outside the managed heap from <see cref="NativeFromBytes"/>, not zeroed.</summary>
    public static FileBytes Allocate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return length < NativeFromBytes
            ? new FileBytes(GC.AllocateUninitializedArray<byte>(length), 0, length)
            : new FileBytes(null, (nint)NativeMemory.Alloc((nuint)length), length);
    }

    /// <summary>The bytes of <paramref name="bytes"/> (kept as they are, not copied).</summary>
    public static FileBytes Of(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new FileBytes(bytes, 0, bytes.Length);
    }

    /// <summary>Keeps only the first <paramref name="length"/> bytes (a file that turned out shorter than its size said).</summary>
    public void Shorten(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _length);
        _length = length;
    }

    /// <summary>A read-only stream over the bytes; valid until this is disposed.</summary>
    public Stream OpenRead() => _array is not null
        ? new MemoryStream(_array, 0, _length, writable: false)
        : new UnmanagedMemoryStream((byte*)_native, _length);

    /// <summary>Gives the bytes back; the object is then empty. Safe to call more than once.</summary>
    public void Dispose()
    {
        _length = 0;
        var native = Interlocked.Exchange(ref _native, 0);
        if (native != 0)
        {
            NativeMemory.Free((void*)native);
        }
    }
}
