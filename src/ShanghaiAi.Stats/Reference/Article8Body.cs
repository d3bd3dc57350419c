namespace ShanghaiAi.Stats.Reference;

/// <summary>The two kinds of body Article 8 names as compiling statistics of the AI sector.</summary>
public enum Article8Body
{
    /// <summary>The AI business association itself (人工智能行业协会), <c>ai-association</c>.</summary>
    AiAssociation,

    /// <summary>Another AI-related business organisation (其他人工智能相关行业组织), <c>related-organization</c>.</summary>
    RelatedOrganization,
}
