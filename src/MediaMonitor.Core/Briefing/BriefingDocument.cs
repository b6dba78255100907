using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MediaMonitor.Core.Daily;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace MediaMonitor.Core.Briefing;

/// <summary>A chart image for the briefing (PNG) and its caption.</summary>
public sealed record BriefingChart(string Caption, byte[] Png, int WidthPx, int HeightPx)
{
    /// <summary>A chart from PNG bytes (e.g. the browser's ApexCharts export), its size read from the PNG header.</summary>
    public static BriefingChart FromPng(string caption, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < 24 || png[1] != (byte)'P' || png[2] != (byte)'N' || png[3] != (byte)'G')
        {
            throw new ArgumentException("Not a PNG image.", nameof(png));
        }

        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16));
        var height = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20));
        return new BriefingChart(caption, png, width, height);
    }
}

/// <summary>
/// Writes a <see cref="DailySummary"/> as a Word document: A4, every paragraph right to left (<c>w:bidi</c>, runs with
/// <c>w:rtl</c>), tables laid out right to left (<c>w:bidiVisual</c>), the Arabic set in Noto Naskh Arabic as the
/// complex-script font (Word falls back to Arial, which has Arabic, when the font is not installed; the font is
/// named, not embedded: only WOFF2 files of it are at hand), the charts as PNG images, quotations with speaker,
/// outlet, date and links.
/// </summary>
public static class BriefingDocument
{
    public const string ArabicFont = "Noto Naskh Arabic";
    public const string FallbackFont = "Arial";
    private const string Accent = "1F4E79";

    public static byte[] Build(DailySummary summary, IReadOnlyList<BriefingChart> charts, string baseUrl, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(charts);
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddFontTable(main);
            var body = new Body();
            main.Document = new Document(body);
            var writer = new Writer(main, body, baseUrl.TrimEnd('/'));
            writer.Write(summary, charts, generatedAt);
            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U },
                new BiDi()));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
        stylesPart.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = FallbackFont, HighAnsi = FallbackFont, ComplexScript = ArabicFont, EastAsia = FallbackFont },
                    new FontSize { Val = "22" },
                    new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "en-GB", Bidi = "ar-SA" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }))));
        stylesPart.Styles.Save();
    }

    private static void AddFontTable(MainDocumentPart main)
    {
        var fontPart = main.AddNewPart<FontTablePart>();
        fontPart.Fonts = new Fonts(
            new Font(new AltName { Val = FallbackFont }, new FontCharSet { Val = "B2" }, new FontFamily { Val = FontFamilyValues.Roman })
            {
                Name = ArabicFont,
            },
            new Font(new FontCharSet { Val = "00" }, new FontFamily { Val = FontFamilyValues.Swiss }) { Name = FallbackFont });
        fontPart.Fonts.Save();
    }

    private sealed class Writer(MainDocumentPart main, Body body, string baseUrl)
    {
        private uint drawingId;

        public void Write(DailySummary s, IReadOnlyList<BriefingChart> charts, DateTimeOffset generatedAt)
        {
            // Left-to-right marks keep a date's digits in order inside the Arabic line.
            var period = "\u200E" + (s.Filter.IsSingleDay ? PeriodFilter.DayText(s.Filter.From) : PeriodFilter.DayText(s.Filter.From) + " – " + PeriodFilter.DayText(s.Filter.To)) + "\u200E";
            Paragraph([Text(DailyText.Get("briefing") + ": " + DailyText.Get("title"), bold: true, size: 36, color: Accent)]);
            Paragraph([Text(DailyText.Get("period") + ": " + period + " · "
                + (s.Filter.SourceIds.Count == 0 ? DailyText.Get("allOutlets") : DailyText.Format("someOutlets", false, s.Filter.SourceIds.Count)))]);
            Paragraph([Text(DailyText.Format("generated", false, generatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)), size: 18, color: "595959")]);

            Heading(DailyText.Get("numbers"));
            Table(
                [DailyText.Get("metric"), DailyText.Get("value"), DailyText.Format("vsAverage", false, string.Empty).TrimEnd(' ', ':'), DailyText.Get("change")],
                new[] { ("articles", s.Articles), ("stories", s.Stories), ("outlets", s.Outlets), ("quotes", s.Quotes) }
                    .Select(m => (IReadOnlyList<string>)[DailyText.Get(m.Item1), DailyText.Number(m.Item2.Value), DailyText.Number(Math.Round(m.Item2.Baseline, 1)), DailyText.Change(m.Item2)]));

            foreach (var chart in charts)
            {
                Image(chart);
                Paragraph([Text(chart.Caption, size: 18, color: "595959", italic: true)]);
            }

            Heading(DailyText.Get("topStories"));
            if (s.TopStories.Count == 0)
            {
                Paragraph([Text(DailyText.Get("none"))]);
            }
            else
            {
                Table(
                    [DailyText.Get("story"), DailyText.Get("articles"), DailyText.Get("outletCount"), DailyText.Get("outletsList")],
                    s.TopStories.Select(t => (IReadOnlyList<string>)[t.Title, DailyText.Number(t.Articles), DailyText.Number(t.Outlets), string.Join("، ", t.Items.Select(i => i.Source).Distinct())]));
            }

            TrendTable("topActors", s.TopActors, withType: true);
            TrendTable("topTopics", s.TopTopics, withType: false);
            TrendTable("newActors", s.NewActors, withType: true);

            Heading(DailyText.Get("spikes"));
            Paragraph([Text(DailyText.Format("spikeRule", false, SpikeRule.MinCount, SpikeRule.BaselineDays), size: 18, color: "595959")]);
            if (s.Spikes.Count == 0)
            {
                Paragraph([Text(DailyText.Get("none"))]);
            }
            else
            {
                Table(
                    [DailyText.Get("name"), DailyText.Get("type"), DailyText.Get("count"), DailyText.Get("average"), DailyText.Get("ratio")],
                    s.Spikes.Select(p => (IReadOnlyList<string>)[NameOf(p.Item), DailyText.Get(p.Item.Kind == "topic" ? "topic" : p.Item.Type), DailyText.Number(p.Item.Count), DailyText.Number(Math.Round(p.Item.PerDay.Baseline, 1)), "×" + DailyText.Number(Math.Round(p.Ratio, 1))]));
            }

            TrendTable("speakers", s.Speakers, withType: false);

            Heading(DailyText.Get("keyQuotes"));
            if (s.KeyQuotes.Count == 0)
            {
                Paragraph([Text(DailyText.Get("none"))]);
            }

            foreach (var quote in s.KeyQuotes)
            {
                Paragraph([Text("«" + quote.Text + "»", size: 24)], indent: true);
                var runs = new List<OpenXmlElement>
                {
                    Text("— " + quote.Speaker, bold: true, size: 20),
                    Text(string.IsNullOrWhiteSpace(quote.SpeakerEn) ? string.Empty : " (" + quote.SpeakerEn + ")", size: 20),
                    Text("، " + quote.Source + "، " + quote.PublishedAt[..10] + " · ", size: 20),
                    Link(baseUrl + quote.ReaderLink, DailyText.Get("inReader")),
                };
                if (!string.IsNullOrWhiteSpace(quote.Url) && Uri.TryCreate(quote.Url, UriKind.Absolute, out _))
                {
                    runs.Add(Text(" · ", size: 20));
                    runs.Add(Link(quote.Url, DailyText.Get("original")));
                }

                Paragraph(runs, indent: true);
            }
        }

        // The Arabic name and the English one in separate runs (see Row), so each keeps its own direction.
        private static string NameOf(TrendItem item) =>
            string.IsNullOrWhiteSpace(item.NameEn) ? item.NameAr : item.NameAr + " " + Segment + "(" + item.NameEn + ")";

        private const char Segment = '\u2063';

        private void TrendTable(string key, IReadOnlyList<TrendItem> items, bool withType)
        {
            Heading(DailyText.Get(key));
            if (items.Count == 0)
            {
                Paragraph([Text(DailyText.Get("none"))]);
                return;
            }

            IReadOnlyList<string> header = withType
                ? [DailyText.Get("name"), DailyText.Get("type"), DailyText.Get("count"), DailyText.Get("average"), DailyText.Get("change")]
                : [DailyText.Get("name"), DailyText.Get("count"), DailyText.Get("average"), DailyText.Get("change")];
            Table(header, items.Select(i => withType
                ? (IReadOnlyList<string>)[NameOf(i), DailyText.Get(i.Type), DailyText.Number(i.Count), DailyText.Number(Math.Round(i.PerDay.Baseline, 1)), DailyText.Change(i.PerDay)]
                : [NameOf(i), DailyText.Number(i.Count), DailyText.Number(Math.Round(i.PerDay.Baseline, 1)), DailyText.Change(i.PerDay)]));
        }

        private void Heading(string text) =>
            Paragraph([Text(text, bold: true, size: 28, color: Accent)], spaceBefore: 240);

        private void Paragraph(IEnumerable<OpenXmlElement> runs, bool indent = false, int spaceBefore = 0)
        {
            var properties = new ParagraphProperties(new BiDi());
            if (spaceBefore > 0)
            {
                properties.Append(new SpacingBetweenLines { Before = spaceBefore.ToString(CultureInfo.InvariantCulture) });
            }

            if (indent)
            {
                properties.Append(new Indentation { Start = "360" });
            }

            var paragraph = new Paragraph(properties);
            paragraph.Append(runs);
            body.Append(paragraph);
        }

        private static Run Text(string text, bool bold = false, int size = 22, string? color = null, bool italic = false)
        {
            var properties = new RunProperties(
                new RunFonts { Ascii = FallbackFont, HighAnsi = FallbackFont, ComplexScript = ArabicFont });
            if (bold)
            {
                properties.Append(new Bold(), new BoldComplexScript());
            }

            if (italic)
            {
                properties.Append(new Italic(), new ItalicComplexScript());
            }

            if (color is not null)
            {
                properties.Append(new Color { Val = color });
            }

            properties.Append(
                new FontSize { Val = size.ToString(CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = (size + 2).ToString(CultureInfo.InvariantCulture) });
            // Only Arabic runs are right to left. Other text ("+35%", "(Saudi Press Agency)") is held between
            // left-to-right marks, or the bidi algorithm of the right-to-left paragraph moves its signs and brackets.
            if (HasArabic(text))
            {
                properties.Append(new RightToLeftText());
            }
            else if (text.Length > 0)
            {
                text = "\u200E" + text + "\u200E";
            }

            return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        }

        internal static bool HasArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF');

        private Hyperlink Link(string url, string text)
        {
            var relationship = main.AddHyperlinkRelationship(new Uri(url, UriKind.Absolute), true);
            var run = Text(text, size: 20, color: "0563C1");
            run.RunProperties!.Append(new Underline { Val = UnderlineValues.Single });
            return new Hyperlink(run) { Id = relationship.Id, History = OnOffValue.FromBoolean(true) };
        }

        private void Table(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
        {
            var border = new Func<OpenXmlElement>[]
            {
                () => new TopBorder { Val = BorderValues.Single, Size = 4U, Color = "BFBFBF" },
                () => new BottomBorder { Val = BorderValues.Single, Size = 4U, Color = "BFBFBF" },
                () => new StartBorder { Val = BorderValues.Single, Size = 4U, Color = "BFBFBF" },
                () => new EndBorder { Val = BorderValues.Single, Size = 4U, Color = "BFBFBF" },
                () => new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U, Color = "BFBFBF" },
                () => new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U, Color = "BFBFBF" },
            };
            var table = new Table(new TableProperties(
                new BiDiVisual(),
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(border.Select(b => b())),
                new TableLayout { Type = TableLayoutValues.Autofit }));
            // The first column (names, titles) takes 40%, the others share the rest.
            var widths = header.Select((_, i) => i == 0 ? 2000 : 3000 / Math.Max(1, header.Count - 1)).ToArray();
            table.Append(new TableGrid(widths.Select(w => new GridColumn { Width = (w * 9638 / 5000).ToString(CultureInfo.InvariantCulture) })));
            table.Append(Row(header, widths, isHeader: true));
            foreach (var row in rows)
            {
                table.Append(Row(row, widths, isHeader: false));
            }

            body.Append(table);
            body.Append(new Paragraph(new ParagraphProperties(new BiDi(), new SpacingBetweenLines { After = "0" })));
        }

        private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool isHeader)
        {
            var row = new TableRow();
            if (isHeader)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            for (var i = 0; i < cells.Count; i++)
            {
                var properties = new TableCellProperties(new TableCellWidth { Width = widths[i].ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Pct });
                if (isHeader)
                {
                    properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "DEEAF6", Color = "auto" });
                }

                var paragraph = new Paragraph(new ParagraphProperties(new BiDi(), new SpacingBetweenLines { After = "0" }));
                paragraph.Append(cells[i].Split(Segment).Select(part => Text(part, bold: isHeader, size: 20)));
                row.Append(new TableCell(properties, paragraph));
            }

            return row;
        }

        private void Image(BriefingChart chart)
        {
            var imagePart = main.AddImagePart(ImagePartType.Png);
            using (var data = new MemoryStream(chart.Png))
            {
                imagePart.FeedData(data);
            }

            const long maxWidthEmu = 6_120_000L; // 17 cm, the A4 text width
            var widthEmu = Math.Min(maxWidthEmu, chart.WidthPx * 9525L);
            var heightEmu = widthEmu * chart.HeightPx / Math.Max(1, chart.WidthPx);
            var id = ++drawingId;
            var name = "chart" + id.ToString(CultureInfo.InvariantCulture) + ".png";
            var inline = new DW.Inline(
                new DW.Extent { Cx = widthEmu, Cy = heightEmu },
                new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
                new DW.DocProperties { Id = id, Name = name, Description = chart.Caption },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(
                            new PIC.NonVisualDrawingProperties { Id = id, Name = name },
                            new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(
                            new A.Blip { Embed = main.GetIdOfPart(imagePart) },
                            new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = widthEmu, Cy = heightEmu }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
            {
                DistanceFromTop = 0U,
                DistanceFromBottom = 0U,
                DistanceFromLeft = 0U,
                DistanceFromRight = 0U,
            };
            body.Append(new Paragraph(
                new ParagraphProperties(new BiDi(), new Justification { Val = JustificationValues.Center }),
                new Run(new Drawing(inline))));
        }
    }
}
