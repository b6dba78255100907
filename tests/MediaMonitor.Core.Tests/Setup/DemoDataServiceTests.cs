using MediaMonitor.Core.Setup;

namespace MediaMonitor.Core.Tests.Setup;

public sealed class DemoDataServiceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 10, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PastTimesAreKept()
    {
        var past = new DateTimeOffset(2026, 3, 9, 22, 0, 0, TimeSpan.Zero);

        Assert.Equal(past, DemoDataService.NotInTheFuture(past, Now));
    }

    [Fact]
    public void TodaysLaterTimesAreSqueezedIntoThePastPartOfTheDayInOrder()
    {
        var noon = DemoDataService.NotInTheFuture(new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero), Now)!.Value;
        var evening = DemoDataService.NotInTheFuture(new DateTimeOffset(2026, 3, 10, 21, 0, 0, TimeSpan.FromHours(3)), Now)!.Value;

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 3, 0, 0, TimeSpan.Zero), noon);
        Assert.True(evening <= Now && evening > noon);
    }
}
