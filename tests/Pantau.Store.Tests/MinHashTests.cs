using Pantau.Store.Syndication;
using Pantau.Store.Tests.Support;

namespace Pantau.Store.Tests;

/// <summary>Signatures are stored and compared across Pantau versions: the vectorised minima must be the scalar ones, bit for bit.</summary>
public sealed class MinHashTests
{
    [Fact]
    public void Vector_and_scalar_minima_agree_on_every_dev_text()
    {
        var files = Directory.GetFiles(Corpus.DevFolder, "*.txt");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var words = MinHash.Words(File.ReadAllText(file));
            if (words.Count < MinHash.ShingleWords)
                continue;
            var scalar = new uint[MinHash.Size];
            var vector = new uint[MinHash.Size];
            var wide = new uint[MinHash.Size];
            MinHash.ScalarMinima(words, scalar);
            MinHash.VectorMinima(words, vector);
            MinHash.WideVectorMinima(words, wide);
            Assert.True(scalar.AsSpan().SequenceEqual(vector), $"{Path.GetFileName(file)}: 256-bit vector minima differ from scalar ones");
            Assert.True(scalar.AsSpan().SequenceEqual(wide), $"{Path.GetFileName(file)}: 512-bit vector minima differ from scalar ones");
        }
    }
}
