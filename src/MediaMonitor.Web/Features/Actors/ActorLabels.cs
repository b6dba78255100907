namespace MediaMonitor.Web.Features.Actors;

/// <summary>Arabic labels for actor fields stored as codes.</summary>
public static class ActorLabels
{
    public static string Type(string type) => type switch
    {
        "person" => "شخص",
        "organization" => "جهة / منظمة",
        _ => "مكان",
    };

    public static string Status(string status) => status switch
    {
        "curated" => "من السجل",
        "discovered" => "مكتشَف آلياً",
        _ => "مستبعد",
    };
}
