using MediaMonitor.Analysis.Text;

namespace MediaMonitor.Analysis.Stories;

/// <summary>
/// What near-duplicate detection keeps of one article: a MinHash signature over word shingles (estimates the
/// Jaccard similarity of two texts' shingle sets), the number of distinct shingles (to turn that estimate into
/// containment, for a reprint that kept only the first paragraphs), the LSH band keys that find candidates, and a
/// 64-bit SimHash of the same shingles (a second, cheap opinion shown in tests and tools).
/// </summary>
public sealed record TextFingerprint(uint[] MinHash, int ShingleCount, long[] Bands, ulong SimHash)
{
    /// <summary>Serialises the MinHash signature for storage (little-endian, 4 bytes per value).</summary>
    public byte[] MinHashBytes()
    {
        var bytes = new byte[MinHash.Length * sizeof(uint)];
        Buffer.BlockCopy(MinHash, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static uint[] MinHashFromBytes(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var values = new uint[bytes.Length / sizeof(uint)];
        Buffer.BlockCopy(bytes, 0, values, 0, values.Length * sizeof(uint));
        return values;
    }
}

/// <summary>
/// Shingles of normalised words (alef/hamza/ya/ta-marbuta and diacritics folded by <see cref="ArabicNormalizer"/>,
/// punctuation and line breaks ignored) hashed to 64 bits, then MinHash with <see cref="Hashes"/> functions grouped
/// into <see cref="BandCount"/> LSH bands of <see cref="RowsPerBand"/> rows: two texts with Jaccard similarity 0.5
/// share at least one band with probability 0.93, at 0.3 with 0.42, at 0.05 almost never.
/// </summary>
public static class StoryFingerprinter
{
    public const int ShingleSize = 3;
    public const int BandCount = 20;
    public const int RowsPerBand = 3;
    public const int Hashes = BandCount * RowsPerBand;

    private static readonly ulong[] Seeds = MakeSeeds();

    public static TextFingerprint Fingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var shingles = Shingles(text);
        var minHash = new uint[Hashes];
        Array.Fill(minHash, uint.MaxValue);
        Span<int> weights = stackalloc int[64];
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Hashes; i++)
            {
                var h = (uint)(Mix(shingle ^ Seeds[i]) >> 32);
                if (h < minHash[i])
                {
                    minHash[i] = h;
                }
            }

            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((shingle >> bit) & 1) == 1 ? 1 : -1;
            }
        }

        ulong simHash = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                simHash |= 1UL << bit;
            }
        }

        return new TextFingerprint(minHash, shingles.Count, shingles.Count == 0 ? [] : BandKeys(minHash), simHash);
    }

    /// <summary>The distinct shingle hashes of a text: <see cref="ShingleSize"/> consecutive normalised words.</summary>
    public static HashSet<ulong> Shingles(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var shingles = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return shingles;
        }

        var size = Math.Min(ShingleSize, words.Count);
        for (var i = 0; i + size <= words.Count; i++)
        {
            var h = 14695981039346656037UL;
            for (var j = 0; j < size; j++)
            {
                h = (h ^ words[i + j]) * 1099511628211UL;
            }

            shingles.Add(Mix(h));
        }

        return shingles;
    }

    /// <summary>A hash of a quotation's normalised words, so that the same words quoted by two outlets match; null when it has fewer than <paramref name="minWords"/> words.</summary>
    public static long? QuotationKey(string quotation, int minWords = 6)
    {
        ArgumentNullException.ThrowIfNull(quotation);
        var words = Words(quotation);
        if (words.Count < minWords)
        {
            return null;
        }

        var h = 14695981039346656037UL;
        foreach (var word in words)
        {
            h = (h ^ word) * 1099511628211UL;
        }

        return unchecked((long)Mix(h));
    }

    /// <summary>The fraction of equal positions in two MinHash signatures: an unbiased estimate of the Jaccard similarity.</summary>
    public static double EstimateJaccard(ReadOnlySpan<uint> a, ReadOnlySpan<uint> b)
    {
        if (a.Length == 0 || a.Length != b.Length)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i] && a[i] != uint.MaxValue)
            {
                equal++;
            }
        }

        return (double)equal / a.Length;
    }

    /// <summary>
    /// How much of the smaller text the larger one contains, from the Jaccard estimate and both set sizes:
    /// |A∩B| = J (|A| + |B|) / (1 + J).
    /// </summary>
    public static double EstimateContainment(double jaccard, int sizeA, int sizeB)
    {
        var smaller = Math.Min(sizeA, sizeB);
        if (smaller <= 0)
        {
            return 0;
        }

        var intersection = jaccard * (sizeA + sizeB) / (1 + jaccard);
        return Math.Min(1, intersection / smaller);
    }

    public static int HammingDistance(ulong a, ulong b) => System.Numerics.BitOperations.PopCount(a ^ b);

    private static long[] BandKeys(uint[] minHash)
    {
        var keys = new long[BandCount];
        for (var band = 0; band < BandCount; band++)
        {
            var h = (ulong)(band + 1) * 0x9E3779B97F4A7C15UL;
            for (var row = 0; row < RowsPerBand; row++)
            {
                h = Mix(h ^ minHash[band * RowsPerBand + row]);
            }

            keys[band] = unchecked((long)h);
        }

        return keys;
    }

    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>(text.Length / 6 + 1);
        foreach (var token in ArabicTokenizer.Tokenize(text))
        {
            if (token.IsWord)
            {
                words.Add(HashWord(token.Normalized));
            }
        }

        return words;
    }

    // FNV-1a over the UTF-16 code units: stable across runs and processes (string.GetHashCode is not).
    private static ulong HashWord(string word)
    {
        var h = 14695981039346656037UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }

    // SplitMix64 finaliser: spreads every input bit over the whole word.
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Hashes];
        var state = 0x5DEECE66DUL;
        for (var i = 0; i < seeds.Length; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
