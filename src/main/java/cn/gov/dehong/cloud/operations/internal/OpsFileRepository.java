package cn.gov.dehong.cloud.operations.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OpsFileRepository extends JpaRepository<OpsFile, Long> {

    /** Metadata only: the content column stays unread. */
    @Query("select new cn.gov.dehong.cloud.operations.internal.FileView(f.id, f.fileName, f.contentType, f.sizeBytes,"
            + " f.sha256, f.uploadedBy, f.uploadedAt) from OpsFile f where f.ownerType = :ownerType"
            + " and f.ownerId = :ownerId order by f.id")
    List<FileView> findViews(String ownerType, Long ownerId);

    @Query("select new cn.gov.dehong.cloud.operations.internal.FileView(f.id, f.fileName, f.contentType, f.sizeBytes,"
            + " f.sha256, f.uploadedBy, f.uploadedAt) from OpsFile f where f.id = :id")
    Optional<FileView> findView(Long id);

    Optional<OpsFile> findByIdAndOwnerTypeAndOwnerId(Long id, String ownerType, Long ownerId);
}
