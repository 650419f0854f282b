package org.imagingledger.web.access;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.imagingledger.application.shared.LedgerTime;
import org.imagingledger.domain.access.api.RequestContent;
import org.imagingledger.domain.access.api.ResearchPurpose;
import org.imagingledger.projections.access.AccessRequestView;
import org.springframework.format.annotation.DateTimeFormat;

/** The request form of the UI (public so that the form binder and the templates can reach it). */
public class RequestForm implements java.io.Serializable {

    /** Kept in the session between a refused post and the form shown again (sessions are stored in the database). */
    private static final long serialVersionUID = 1L;

    private String title;
    private List<String> datasets = new ArrayList<>();
    private List<String> purposeCodes = new ArrayList<>();
    private String disease;
    private boolean commercial;
    private boolean forProfit;
    private boolean methodsDevelopment;
    private String summary;
    private List<String> operations = new ArrayList<>();

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodFrom;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate periodUntil;
    /** User ids separated by commas or spaces. */
    private String team;

    static RequestForm of(AccessRequestView view, LedgerTime time) {
        RequestForm form = new RequestForm();
        form.title = view.getTitle();
        form.datasets = new ArrayList<>(view.getDatasets());
        form.purposeCodes = new ArrayList<>(view.getPurpose().getCodes());
        form.disease = view.getPurpose().getDisease();
        form.commercial = view.getPurpose().isCommercial();
        form.forProfit = view.getPurpose().isForProfit();
        form.methodsDevelopment = view.getPurpose().isMethodsDevelopment();
        form.summary = view.getSummary();
        form.operations = new ArrayList<>(view.getOperations());
        form.periodFrom = time.day(view.getPeriodFrom());
        form.periodUntil = time.lastDay(view.getPeriodUntil());
        form.team = String.join(", ", view.getTeam());
        return form;
    }

    /** The content; the period is chosen as days: from the first day's start to the end of the last day. */
    RequestContent content(LedgerTime time) {
        return new RequestContent(
                title,
                datasets,
                new ResearchPurpose(
                        purposeCodes,
                        disease == null || disease.isBlank() ? null : disease,
                        commercial,
                        forProfit,
                        methodsDevelopment),
                summary,
                operations,
                time.startOf(periodFrom),
                time.endAfter(periodUntil),
                ids(team));
    }

    static List<String> ids(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public List<String> getDatasets() {
        return datasets;
    }

    public void setDatasets(List<String> datasets) {
        this.datasets = datasets;
    }

    public List<String> getPurposeCodes() {
        return purposeCodes;
    }

    public void setPurposeCodes(List<String> purposeCodes) {
        this.purposeCodes = purposeCodes;
    }

    public String getDisease() {
        return disease;
    }

    public void setDisease(String disease) {
        this.disease = disease;
    }

    public boolean isCommercial() {
        return commercial;
    }

    public void setCommercial(boolean commercial) {
        this.commercial = commercial;
    }

    public boolean isForProfit() {
        return forProfit;
    }

    public void setForProfit(boolean forProfit) {
        this.forProfit = forProfit;
    }

    public boolean isMethodsDevelopment() {
        return methodsDevelopment;
    }

    public void setMethodsDevelopment(boolean methodsDevelopment) {
        this.methodsDevelopment = methodsDevelopment;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getOperations() {
        return operations;
    }

    public void setOperations(List<String> operations) {
        this.operations = operations;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public void setPeriodFrom(LocalDate periodFrom) {
        this.periodFrom = periodFrom;
    }

    public LocalDate getPeriodUntil() {
        return periodUntil;
    }

    public void setPeriodUntil(LocalDate periodUntil) {
        this.periodUntil = periodUntil;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
