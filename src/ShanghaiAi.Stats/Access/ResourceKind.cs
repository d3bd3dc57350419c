namespace ShanghaiAi.Stats.Access;

/// <summary>What a caller may ask to read (see <see cref="Authority.MayRead"/> and Access/README.md).</summary>
public enum ResourceKind
{
    /// <summary>The public part of a release: public return, public indicator tables, open data, dashboard, charts,
    /// published park ranking. Disclosure-safe aggregates only.</summary>
    PublicOutputs,

    /// <summary>The internal part of a release and everything behind it: internal return and indicator tables (with
    /// contributors and suppressed values), revisions, the classification review queue, vintages, warnings,
    /// the register and any microdata.</summary>
    InternalOutputs,

    /// <summary>One upload (its status and validation report), owned by the caller that sent it.</summary>
    Upload,

    /// <summary>One park's score in detail: its inputs, dimension scores and what drives them.</summary>
    ParkScore,

    /// <summary>One association's member list.</summary>
    Members,

    /// <summary>One enterprise's stored monthly reports.</summary>
    EnterpriseReports,
}
