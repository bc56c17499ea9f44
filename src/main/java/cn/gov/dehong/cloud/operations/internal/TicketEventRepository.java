package cn.gov.dehong.cloud.operations.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketEventRepository extends JpaRepository<TicketEvent, Long> {

    List<TicketEvent> findByTicketIdOrderByIdAsc(Long ticketId);
}
