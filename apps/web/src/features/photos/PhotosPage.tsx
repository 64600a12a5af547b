import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/Card";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import "../../styles/photos.css";
import { PhotoCompare } from "./PhotoCompare";
import { PhotoGallery } from "./PhotoGallery";
import { PhotoUpload } from "./PhotoUpload";
import { PhotoViewer } from "./PhotoViewer";
import { usePhotos } from "./usePhotos";

/** The photos tab of the body section: upload, compare, the gallery by day. */
export function PhotosPage() {
  const { t } = useTranslation();
  const photos = usePhotos();
  // The id, not the entry: the viewer then shows the list's fresh links after a refetch.
  const [openId, setOpenId] = useState<string | null>(null);
  const open = photos.data?.find((photo) => photo.id === openId) ?? null;
  const count = photos.data?.length ?? 0;

  return (
    <>
      {count > 0 && <p className="muted photos-count">{t("photos.count", { count })}</p>}
      <div className="photos-layout">
        <Card className="photos-upload-card" title={t("photos.upload.title")} titleId="photos-upload-title">
          <PhotoUpload />
        </Card>
        <Card
          className="photos-compare-card"
          title={t("photos.compare.title")}
          titleId="photos-compare-title"
          description={t("photos.compare.description")}
        >
          {photos.isPending && <LoadingRows rows={1} height={240} />}
          {photos.isError && <RetryError error={photos.error} retry={photos.refetch} />}
          {photos.data && <PhotoCompare photos={photos.data} />}
        </Card>
        <Card
          className="photos-gallery-card"
          title={t("photos.gallery.title")}
          titleId="photos-gallery-title"
        >
          {photos.isPending && <LoadingRows rows={2} height={120} />}
          {photos.data && <PhotoGallery photos={photos.data} onOpen={(photo) => setOpenId(photo.id)} />}
        </Card>
      </div>
      <PhotoViewer photo={open} onClose={() => setOpenId(null)} />
    </>
  );
}
