package org.imagingledger.domain.shared;

/** Imaging modalities, named by their DICOM modality codes. */
public enum Modality {
    CT,
    MR,
    PT,
    MG,
    US,
    DX,
    NM,
    SM
}
