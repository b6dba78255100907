using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace MediaMonitor.Core.Briefing;

/// <summary>
/// A small RGB canvas that writes PNG, for the charts of briefings made without a browser (the CLI): filled
/// rectangles only, no text, no native library. The labels go into the document beside the image, where Word
/// shapes the Arabic properly.
/// </summary>
internal sealed class SimplePng
{
    private static readonly uint[] CrcTable = MakeCrcTable();
    private readonly byte[] pixels;

    public SimplePng(int width, int height, uint background = 0xFFFFFF)
    {
        Width = width;
        Height = height;
        pixels = new byte[width * height * 3];
        Fill(0, 0, width, height, background);
    }

    public int Width { get; }

    public int Height { get; }

    public void Fill(int x, int y, int width, int height, uint rgb)
    {
        var x0 = Math.Clamp(x, 0, Width);
        var x1 = Math.Clamp(x + width, 0, Width);
        var y0 = Math.Clamp(y, 0, Height);
        var y1 = Math.Clamp(y + height, 0, Height);
        for (var row = y0; row < y1; row++)
        {
            for (var col = x0; col < x1; col++)
            {
                var i = (row * Width + col) * 3;
                pixels[i] = (byte)(rgb >> 16);
                pixels[i + 1] = (byte)(rgb >> 8);
                pixels[i + 2] = (byte)rgb;
            }
        }
    }

    public byte[] ToPng()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type RGB
        WriteChunk(output, "IHDR", header);
        using (var compressed = new MemoryStream())
        {
            using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var row = 0; row < Height; row++)
                {
                    zlib.WriteByte(0); // filter: none
                    zlib.Write(pixels, row * Width * 3, Width * 3);
                }
            }

            WriteChunk(output, "IDAT", compressed.ToArray());
        }

        WriteChunk(output, "IEND", []);
        return output.ToArray();
    }

    private static void WriteChunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        output.Write(typeBytes);
        output.Write(data);
        var crc = Crc(Crc(0xFFFFFFFFu, typeBytes), data) ^ 0xFFFFFFFFu;
        Span<byte> crcBytes = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crcBytes, crc);
        output.Write(crcBytes);
    }

    private static uint Crc(uint crc, byte[] data)
    {
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }

        return crc;
    }

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }

            table[n] = c;
        }

        return table;
    }
}
