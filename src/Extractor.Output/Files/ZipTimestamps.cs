using System.Buffers.Binary;

namespace Extractor.Output.Files;

/// <summary>
/// Sets the modification time of every entry of a finished zip file (an .xlsx) to 1980-01-01 00:00, the earliest DOS
/// time, in place: zip writers stamp entries with the clock, which would make two runs over the same input differ.
/// </summary>
internal static class ZipTimestamps
{
    private const uint EndOfCentralDirectory = 0x06054b50;
    private const uint CentralDirectoryEntry = 0x02014b50;
    private const uint LocalHeader = 0x04034b50;

    // DOS date: ((year - 1980) << 9) | (month << 5) | day; time 0 is midnight.
    private const ushort FixedDate = (1 << 5) | 1;

    public static void Normalize(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var tailLength = (int)Math.Min(file.Length, 22 + ushort.MaxValue);
        var tail = new byte[tailLength];
        file.Position = file.Length - tailLength;
        file.ReadExactly(tail);
        var end = -1;
        for (var i = tailLength - 22; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(i)) == EndOfCentralDirectory)
            {
                end = i;
                break;
            }
        }

        if (end < 0)
        {
            throw new InvalidDataException($"{path}: no zip end-of-central-directory record.");
        }

        var entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(end + 10));
        var size = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 12));
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(end + 16));
        if (entries == ushort.MaxValue || size == uint.MaxValue || offset == uint.MaxValue)
        {
            // Zip64: over 4 GiB or 65,535 entries, far beyond a workbook Excel opens; leave the stamps.
            return;
        }

        var directory = new byte[size];
        file.Position = offset;
        file.ReadExactly(directory);
        var header = new byte[30];
        for (int i = 0, at = 0; i < entries; i++)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at)) != CentralDirectoryEntry)
            {
                throw new InvalidDataException($"{path}: central directory entry {i} is malformed.");
            }

            Stamp(directory.AsSpan(at + 12));
            var local = BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at + 42));
            file.Position = local;
            file.ReadExactly(header);
            if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LocalHeader)
            {
                throw new InvalidDataException($"{path}: local header of entry {i} is malformed.");
            }

            Stamp(header.AsSpan(10));
            file.Position = local;
            file.Write(header);
            at += 46 + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 28))
                + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 30))
                + BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 32));
        }

        file.Position = offset;
        file.Write(directory);
    }

    private static void Stamp(Span<byte> timeAndDate)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(timeAndDate, 0);
        BinaryPrimitives.WriteUInt16LittleEndian(timeAndDate[2..], FixedDate);
    }
}
