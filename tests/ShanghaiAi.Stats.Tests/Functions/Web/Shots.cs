namespace ShanghaiAi.Stats.Tests.Functions.Web;

/// <summary>Where the page tests save screenshots: the test output folder (web-shots/), kept after the run.</summary>
public static class Shots
{
    public static string Dir { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "web-shots")).FullName;

    public static string PathOf(string name) => Path.Combine(Dir, name + ".png");
}
