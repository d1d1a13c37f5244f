namespace Extractor.Output.Files;

/// <summary>What is at the path a dataset is to be written to.</summary>
internal enum OutputFolderState
{
    /// <summary>Nothing: the dataset will be created.</summary>
    Absent,

    /// <summary>An empty folder.</summary>
    Empty,

    /// <summary>A dataset this tool wrote: replaced as a whole.</summary>
    Dataset,

    /// <summary>A folder with content the tool did not write: never replaced.</summary>
    Foreign,

    /// <summary>A file (or anything else that is not a folder) is in the way.</summary>
    NotAFolder,
}
