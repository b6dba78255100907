using System.Text;
using MediaMonitor.Core.Actors.Registry;

namespace MediaMonitor.Core.Tests.Actors.Registry;

public sealed class StarterRegistryTests
{
    [Fact]
    public void EveryRegistryFileParsesAndEachTypeHasItsOwnFile()
    {
        Assert.Equal(["organizations.json", "people.json", "places.json"], RegistryFiles.Paths.Select(Path.GetFileName));

        foreach (var (file, type) in new[] { ("organizations.json", "organization"), ("people.json", "person"), ("places.json", "place") })
        {
            var actors = RegistryFiles.Load([Path.Combine(RegistryFiles.Folder, file)]);

            Assert.NotEmpty(actors);
            Assert.All(actors, a => Assert.Equal(type, a.Type));
        }
    }

    [Fact]
    public void EmbeddedRegistryIsTheSameAsTheFilesInTheSourceFolder()
    {
        var embedded = StarterRegistry.Load();

        Assert.Equal(RegistryFiles.Actors.Select(Describe), embedded.Select(Describe));
    }

    [Fact]
    public void AnActorIsReadWithAllItsFields()
    {
        var actors = StarterRegistry.Load(Json("""
            [
              // comments and trailing commas are allowed in hand-edited files
              {"id": "iq-foreign-ministry", "type": "organization", "kind": "ministry", "nameAr": "وزارة الخارجية العراقية",
               "nameEn": "Ministry of Foreign Affairs of Iraq", "aliases": [" الخارجية العراقية ", ""], "gender": "f", "country": "IQ"},
              {"id": "fuad-hussein", "type": "person", "kind": "foreign-minister", "nameAr": "فؤاد حسين", "aliases": [],
               "gender": "m", "country": "IQ", "role": "وزير الخارجية العراقي", "asOf": 2025},
            ]
            """));

        var ministry = actors[0];
        Assert.Equal(
            new StarterActor("iq-foreign-ministry", "وزارة الخارجية العراقية", "Ministry of Foreign Affairs of Iraq", "organization", ministry.Aliases, "f", null, "IQ", "ministry"),
            ministry);
        Assert.Equal(["الخارجية العراقية"], ministry.Aliases);
        Assert.Null(ministry.AsOf);
        Assert.Equal(("وزير الخارجية العراقي", 2025), (actors[1].Role, actors[1].AsOf));
    }

    [Fact]
    public void SeveralStreamsAreReadInOrder()
    {
        var actors = StarterRegistry.Load(
            Json("""[{"id": "iraq", "type": "place", "kind": "country", "nameAr": "العراق"}]"""),
            Json("""[{"id": "iq-baghdad", "type": "place", "kind": "capital", "nameAr": "بغداد"}]"""));

        Assert.Equal(["iraq", "iq-baghdad"], actors.Select(a => a.Id));
        Assert.All(actors, a => Assert.Empty(a.Aliases));
    }

    [Theory]
    [InlineData("""[{"id": "x", "type": "place"}]""", "has no nameAr")]
    [InlineData("""[{"id": "x", "type": "thing", "nameAr": "س"}]""", "type \"thing\"")]
    [InlineData("""[{"type": "place", "nameAr": "س"}]""", "lower-case ASCII slug")]
    [InlineData("""[{"id": "Not A Slug", "type": "place", "nameAr": "س"}]""", "lower-case ASCII slug")]
    [InlineData("""[{"id": "x", "type": "place", "nameAr": "س", "gender": "female"}]""", "gender \"female\"")]
    [InlineData("""[{"id": "x", "type": "place", "nameAr": "س", "alias": ["ص"]}]""", "alias")]
    [InlineData("""[{"id": "x", "type": "place", "nameAr": "س"}""", "file 1")]
    public void AMalformedEntryIsRejectedNamingTheFileAndTheProblem(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => StarterRegistry.Load(Json(json)));

        Assert.Contains("file 1", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSameIdInTwoFilesIsRejected()
    {
        var error = Assert.Throws<InvalidDataException>(() => StarterRegistry.Load(
            Json("""[{"id": "tripoli", "type": "place", "nameAr": "طرابلس"}]"""),
            Json("""[{"id": "tripoli", "type": "place", "nameAr": "طرابلس اللبنانية"}]""")));

        Assert.Contains("\"tripoli\" is already used in file 1", error.Message, StringComparison.Ordinal);
    }

    private static MemoryStream Json(string text) => new(Encoding.UTF8.GetBytes(text));

    private static string Describe(StarterActor a) =>
        $"{a.Id}|{a.Type}|{a.Kind}|{a.NameAr}|{a.NameEn}|{string.Join(';', a.Aliases)}|{a.Gender}|{a.Country}|{a.Role}|{a.AsOf}";
}
