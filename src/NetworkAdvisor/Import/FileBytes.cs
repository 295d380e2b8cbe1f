using System.IO.MemoryMappedFiles;
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

    /// <summary>
    /// Regular files of at least this many bytes are mapped into memory rather than read (see <see cref="Map"/>); smaller
    /// ones are read into a managed array, where mapping and unmapping would cost more than the copy.
    /// </summary>
    public const int MapFromBytes = NativeFromBytes;

    private byte[]? _array;
    private nint _native;
    private int _length;

    /// <summary>The view <see cref="_native"/> points into, when the bytes are a mapped file (see <see cref="Map"/>).</summary>
    private MemoryMappedViewAccessor? _view;

    /// <summary>Bytes of room at <see cref="_native"/> (when the bytes are there).</summary>
    private int _capacity;

    private FileBytes(byte[]? array, nint native, int length)
    {
        _array = array;
        _native = native;
        _length = length;
        _capacity = array is null ? length : 0;
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

    /// <summary>
    /// Appends <paramref name="bytes"/> (what a pipe sends after the length expected). When they do not fit, the bytes move
    /// outside the managed heap, or stay there, with room doubled: the system usually grows a large block in place, and a
    /// pipe of unknown length then costs neither copies nor a managed buffer that only a collection would give back.
    /// </summary>
    public void Append(ReadOnlySpan<byte> bytes)
    {
        var length = checked(_length + bytes.Length);
        if (length > (_array?.Length ?? _capacity))
        {
            var capacity = (int)Math.Min(Array.MaxLength, Math.Max(length, Math.Max(NativeFromBytes, 2L * _length)));
            if (_array is not null || _view is not null)
            {
                // Managed or mapped bytes are copied once into native memory that can grow.
                var native = (nint)NativeMemory.Alloc((nuint)capacity);
                Span[.._length].CopyTo(new Span<byte>((void*)native, _length));
                ReleaseView();
                (_array, _native) = (null, native);
            }
            else
            {
                _native = (nint)NativeMemory.Realloc((void*)_native, (nuint)capacity);
            }

            _capacity = capacity;
        }

        bytes.CopyTo(_array is not null ? _array.AsSpan(_length) : new Span<byte>((byte*)_native + _length, bytes.Length));
        _length = length;
    }

    /// <summary>
    /// The first <paramref name="length"/> bytes of a regular file, mapped into memory (copy on write) instead of read:
    /// the pages come straight from the file cache as they are first touched, by the threads that decode the file,
    /// with no copy and no zeroed memory to fill (messages.csv of a million connections, 395 MB: 0.30 s to read, 0.27
    /// of it in the kernel, against 0.09 s mapped and touched). Null when the file cannot be mapped or holds fewer
    /// bytes; the caller then reads it. A file cut short by another program while it is mapped stops the process,
    /// as with any program that maps its input; a file that grows keeps the bytes it had.
    /// </summary>
    public static FileBytes? Map(FileStream file, int length)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        MemoryMappedFile? map = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            map = MemoryMappedFile.CreateFromFile(file, null, 0, MemoryMappedFileAccess.CopyOnWrite, HandleInheritability.None, leaveOpen: true);
            view = map.CreateViewAccessor(0, length, MemoryMappedFileAccess.CopyOnWrite);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return new FileBytes(null, (nint)(pointer + view.PointerOffset), length) { _view = view, _capacity = 0 };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            view?.Dispose();
            return null;
        }
        finally
        {
            // The view keeps the mapping; the file's mapping object is not needed once the view exists.
            map?.Dispose();
        }
    }

    /// <summary>A read-only stream over the bytes; valid until this is disposed.</summary>
    public Stream OpenRead() => _array is not null
        ? new MemoryStream(_array, 0, _length, writable: false)
        : new UnmanagedMemoryStream((byte*)_native, _length);

    /// <summary>Unmaps the view the bytes were in, if any.</summary>
    private void ReleaseView()
    {
        if (Interlocked.Exchange(ref _view, null) is { } view)
        {
            view.SafeMemoryMappedViewHandle.ReleasePointer();
            view.Dispose();
        }
    }

    /// <summary>Gives the bytes back; the object is then empty. Safe to call more than once.</summary>
    public void Dispose()
    {
        _length = 0;
        var native = Interlocked.Exchange(ref _native, 0);
        if (native != 0 && _view is not null)
        {
            ReleaseView();
        }
        else if (native != 0)
        {
            NativeMemory.Free((void*)native);
        }
    }
}
