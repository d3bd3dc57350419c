namespace ShanghaiAi.Stats.Outputs;

/// <summary>
/// A writer of one output of a release, into one part of it (the public or the internal folder). Each writer of the
/// public part is listed in <see cref="PeriodRelease"/>; whatever it writes passes <see cref="PublicPartCheck"/>.
/// </summary>
public interface IReleaseWriter
{
    /// <summary>Writes the output of <paramref name="release"/> into <paramref name="dir"/>.</summary>
    void Write(ReleaseContent release, string dir);
}
