package cn.gov.dehong.cloud.operations.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface CustodyAgreementRepository extends JpaRepository<CustodyAgreement, Long> {

    boolean existsByAgreementNo(String agreementNo);

    List<CustodyAgreement> findAllByOrderByEndsOnAscIdAsc();

    List<CustodyAgreement> findByUnitIdInOrderByEndsOnAscIdAsc(Collection<Long> unitIds);

    boolean existsByUnitIdAndStartsOnLessThanEqualAndEndsOnGreaterThanEqual(Long unitId, LocalDate day, LocalDate sameDay);
}

interface HostedDeviceRepository extends JpaRepository<HostedDevice, Long> {

    boolean existsByAssetTag(String assetTag);

    List<HostedDevice> findAllByOrderByUnitNameAscAssetTagAsc();

    List<HostedDevice> findByUnitIdInOrderByUnitNameAscAssetTagAsc(Collection<Long> unitIds);
}
