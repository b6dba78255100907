using System.Diagnostics;
using System.Globalization;
using System.Text;
using MediaMonitor.Analysis.Topics;
using Xunit.Abstractions;

namespace MediaMonitor.Analysis.Tests.Topics;

/// <summary>
/// The starter topics against the editorial categories of real news (ANT, read at run time from ../shared): how
/// often an article filed under a section gets the matching topic, and how rarely sport leaks into war and terror.
/// Floors sit a little under the measured shares so that a regression fails the build.
/// </summary>
public sealed class StarterTopicsCorpusEvaluation(ITestOutputHelper output)
{
    private static readonly string[] Folders = ["sport", "economy", "technology", "culture", "internationalNews", "middleEast"];

    [CorpusFact("ant-dev")]
    public void StarterTopicsAgreeWithEditorialCategories()
    {
        var classifier = new TopicClassifier(StarterTopics.All);
        var articles = TopicCorpus.LoadAntDev();
        List<(string Category, HashSet<string> Topics)> assigned =
            [.. articles.Select(a => (a.Category, classifier.Classify(a.Title, a.Text).Select(t => t.Key).ToHashSet(StringComparer.Ordinal)))];

        output.WriteLine(Table(assigned, classifier.Topics.Select(t => t.Key).ToList()));

        double Share(string folder, params string[] topics)
        {
            var inFolder = assigned.Where(a => a.Category == folder).ToList();
            return (double)inFolder.Count(a => topics.Any(a.Topics.Contains)) / inFolder.Count;
        }

        var sport = Share("sport", "sport");
        var economy = Share("economy", "economy", "energy");
        var technology = Share("technology", "technology");
        var culture = Share("culture", "culture");
        var sportAsViolence = Share("sport", "military", "security_terrorism");
        var sportElsewhere = assigned.Where(a => a.Category != "sport").Count(a => a.Topics.Contains("sport")) / (double)assigned.Count(a => a.Category != "sport");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"agreement: sport {sport:F3}, economy|energy {economy:F3}, technology {technology:F3}, culture {culture:F3}; sport tagged military|security {sportAsViolence:F3}; non-sport tagged sport {sportElsewhere:F3}"));

        // measured: sport 0.985, economy|energy 0.879, technology 0.660 (the section also carries health and science
        // stories), culture 0.826; sport tagged military|security 0.000; other sections tagged sport 0.027
        Assert.True(sport >= 0.95, $"sport {sport:F3}");
        Assert.True(economy >= 0.85, $"economy {economy:F3}");
        Assert.True(technology >= 0.63, $"technology {technology:F3}");
        Assert.True(culture >= 0.78, $"culture {culture:F3}");
        Assert.True(sportAsViolence <= 0.02, $"sport tagged military or security {sportAsViolence:F3}");
        Assert.True(sportElsewhere <= 0.05, $"non-sport tagged sport {sportElsewhere:F3}");
    }

    [CorpusFact("saudinewsnet-dev")]
    public void SportNewspapersOfAnotherCorpusAreSport()
    {
        // SaudiNewsNet has no sections, but two of its papers (الرياضي, الرياضية) print only sport: a check on text the
        // vocabulary was not tuned on
        var classifier = new TopicClassifier(StarterTopics.All);
        var sportPapers = TopicCorpus.LoadSaudiNewsNet().Where(a => a.Category is "arreyadi" or "arriyadiyah").ToList();
        var topics = sportPapers.Select(a => classifier.Classify(a.Title, a.Text).Select(t => t.Key).ToList()).ToList();

        var sport = topics.Count(t => t.Contains("sport")) / (double)topics.Count;
        var violence = topics.Count(t => t.Contains("military") || t.Contains("security_terrorism")) / (double)topics.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sport papers: {topics.Count} articles, sport {sport:F3}, military|security {violence:F3}"));

        // measured: sport 0.860, military|security 0.000
        Assert.True(sport >= 0.8, $"sport {sport:F3}");
        Assert.True(violence <= 0.03, $"military or security {violence:F3}");
    }

    [CorpusFact("ant-dev")]
    public void ReportsClassificationSpeedOnOneCore()
    {
        var classifier = new TopicClassifier(StarterTopics.All);
        var articles = TopicCorpus.LoadAntDev();
        Measure(classifier, "ant-dev articles", [.. articles.Select(a => (a.Title, a.Text))]);

        // ANT articles are short (median 1.5 KB); the target is stated for 3-5 KB, so also join neighbours of one
        // section until each text reaches 4,000 characters
        var joined = new List<(string?, string)>();
        foreach (var section in articles.GroupBy(a => a.Category))
        {
            var text = new StringBuilder();
            string? title = null;
            foreach (var a in section)
            {
                title ??= a.Title;
                text.AppendLine(a.Text);
                if (text.Length >= 4000)
                {
                    joined.Add((title, text.ToString()));
                    text.Clear();
                    title = null;
                }
            }
        }

        Measure(classifier, "4 KB articles", joined);
    }

    private void Measure(TopicClassifier classifier, string what, List<(string? Title, string Body)> texts)
    {
        var found = 0;

        // warm-up passes so that tiered JIT has optimised the hot loop before the clock starts
        for (var w = 0; w < 2; w++)
        {
            foreach (var (title, body) in texts)
            {
                found += classifier.Classify(title, body).Count;
            }
        }

        // best of several rounds, by wall and by CPU time: other builds share the machine, and the slower rounds
        // measure them rather than the classifier
        var bestWall = double.MaxValue;
        var bestCpu = double.MaxValue;
        var process = Process.GetCurrentProcess();
        for (var r = 0; r < 5; r++)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            foreach (var (title, body) in texts)
            {
                found += classifier.Classify(title, body).Count;
            }

            bestWall = Math.Min(bestWall, clock.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalSeconds);
        }

        var n = texts.Count;
        var chars = texts.Sum(t => t.Body.Length + (t.Title?.Length ?? 0)) / (double)n;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {classifier.Topics.Count} topics, {n} texts of {chars:F0} chars on average: {n / bestWall:F0} articles/s wall, {n / bestCpu:F0} articles/s CPU ({n * chars / 1e6 / bestWall:F1} M chars/s)"));
        Assert.True(found > 0);
    }

    private static string Table(List<(string Category, HashSet<string> Topics)> assigned, List<string> topics)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{"folder",-18}{"n",5}");
        foreach (var t in topics)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{Abbreviate(t),7}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"{"none",7}");
        foreach (var folder in Folders)
        {
            var rows = assigned.Where(a => a.Category == folder).ToList();
            sb.Append(CultureInfo.InvariantCulture, $"{folder,-18}{rows.Count,5}");
            foreach (var t in topics)
            {
                sb.Append(CultureInfo.InvariantCulture, $"{rows.Count(r => r.Topics.Contains(t)) / (double)rows.Count,7:F2}");
            }

            sb.AppendLine(CultureInfo.InvariantCulture, $"{rows.Count(r => r.Topics.Count == 0) / (double)rows.Count,7:F2}");
        }

        return sb.ToString();
    }

    private static string Abbreviate(string key) => key.Length <= 6 ? key : key[..6];
}
